<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessibility</name>
    <message>
        <source>Input image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <source>Target map</source>
        <translation>目标图</translation>
    </message>
    <message>
        <source>Output map</source>
        <translation>输出图</translation>
    </message>
    <message>
        <source>Error map</source>
        <translation>误差图</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Gradient buffer</source>
        <translation>梯度缓冲区</translation>
    </message>
    <message>
        <source>Input gradient</source>
        <translation>输入梯度</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>参数数量</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>Weights over steps</source>
        <translation>权重随步数的变化</translation>
    </message>
    <message>
        <source>Untied gradients</source>
        <translation>非共享梯度</translation>
    </message>
    <message>
        <source>Sum of the tiles</source>
        <translation>各小块之和</translation>
    </message>
    <message>
        <source>{name}: {channels} channels of {k} by {k}, largest {value} at {channel}, row {row}, column {col}</source>
        <translation>{name}：{channels} 个通道，每个 {k} × {k}，最大值 {value} 位于 {channel}，第 {row} 行，第 {col} 列</translation>
    </message>
    <message>
        <source>{name}: {k} by {k}, largest {value} at row {row}, column {col}</source>
        <translation>{name}：{k} × {k}，最大值 {value} 位于第 {row} 行，第 {col} 列</translation>
    </message>
    <message>
        <source>{name}: {rows} by {cols}, largest {value} at row {row}, column {col}</source>
        <translation>{name}：{rows} × {cols}，最大值 {value} 位于第 {row} 行，第 {col} 列</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {col}: {value}</source>
        <translation>{name}，第 {row} 行，第 {col} 列：{value}</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Kernel typed as rows</source>
        <translation>按行输入的卷积核</translation>
    </message>
    <message>
        <source>Reduce Motion</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <source>Animations (the tour&apos;s chapters, the pass playing) jump to their end in one step</source>
        <translation>动画（导览的章节、逐个位置播放的一遍）一步跳到结尾</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>unknown activation {name}; choose one of {choices}</source>
        <translation>未知的激活函数 {name}；请从 {choices} 中选择</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要参数 %s 之一</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BufferPanel</name>
    <message>
        <source>The gradient buffer: one 3x3 sum. Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>梯度缓冲区：一个 3x3 的和。反向传播在每个位置运行，每个位置的 δ·图块都被累加到这里；累加后的缓冲区每次更新只应用一次。</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum per colour channel (R, G, B). Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>梯度缓冲区：每个颜色通道（R、G、B）一个 {k}x{k} 的和。反向传播在每个位置运行，每个位置的 δ·图块都被累加到这里；累加后的缓冲区每次更新只应用一次。</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum. Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>梯度缓冲区：一个 {k}x{k} 的和。反向传播在每个位置运行，每个位置的 δ·图块都被累加到这里；累加后的缓冲区每次更新只应用一次。</translation>
    </message>
    <message>
        <source>sum of {total} contributions ({n} images × {per_image})</source>
        <translation>{total} 个贡献之和（{n} 张图像 × {per_image}）</translation>
    </message>
    <message>
        <source>sum of {total} contributions</source>
        <translation>{total} 个贡献之和</translation>
    </message>
    <message>
        <source>Gradient buffer ∂L/∂w ({what})</source>
        <translation>梯度缓冲区 ∂L/∂w（{what}）</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Train the shared filter (3x3 by default) headless and print progress.</source>
        <translation>在无窗口模式下训练共享的滤波器（默认 3x3）并打印进度。</translation>
    </message>
    <message>
        <source>number of updates (default 2000)</source>
        <translation>更新次数（默认 2000）</translation>
    </message>
    <message>
        <source>print one JSON object instead of progress lines</source>
        <translation>打印一个 JSON 对象，而不是进度行</translation>
    </message>
    <message>
        <source>save the lesson after training, to continue later</source>
        <translation>训练后保存课程，以便之后继续</translation>
    </message>
    <message>
        <source>the loss grew from {start} to {loss} (more than {limit}× its start)</source>
        <translation>损失从 {start} 增长到 {loss}（超过初始值的 {limit} 倍）</translation>
    </message>
    <message>
        <source>step {step}/{steps}  loss {loss}</source>
        <translation>第 {step}/{steps} 步  损失 {loss}</translation>
    </message>
    <message>
        <source>learned filter after {steps} steps (bias {bias}):</source>
        <translation>{steps} 步后学到的滤波器（偏置 {bias}）：</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>{channel} channel (target kernel x {weight}):</source>
        <translation>{channel} 通道（目标卷积核 x {weight}）：</translation>
    </message>
    <message>
        <source>output {wo}x{ho} per image ({filter} filter, stride {stride}, padding {padding}: {params} parameters)</source>
        <translation>每张图像输出 {wo}x{ho}（{filter} 滤波器，步幅 {stride}，填充 {padding}：{params} 个参数）</translation>
    </message>
    <message>
        <source>largest weight error {error}</source>
        <translation>最大权重误差 {error}</translation>
    </message>
    <message>
        <source>List the bundled sample images.</source>
        <translation>列出自带的示例图像。</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Watch one shared 3x3 filter (9 weights + 1 bias) learn: backprop at every position of the image,
every position&apos;s gradient ADDED into one 10-value buffer, applied once per update.

  cnnviz [IMAGE | FOLDER | LESSON.cnnviz] [options]   open the window (this command)
  cnnviz train [options]     train headless and print the loss and the learned filter (no Qt)
  cnnviz samples             list the bundled sample images
  cnnviz export [options]    write PNG/SVG/GIF figures, slides and the tour as a deck (--deck),
                             without a display (see &apos;cnnviz export --help&apos;)
  cnnviz check FILE.py       run your own backward pass on probes and name the bug
  cnnviz --tour [SCRIPT]     open the window on the guided tour (PageDown/PageUp, Esc leaves)
</source>
        <translation>观察一个共享的 3x3 滤波器（9 个权重 + 1 个偏置）如何学习：在图像的每个位置做反向传播，
每个位置的梯度都【累加】进同一个 10 个值的缓冲区，每次更新只应用一次。

  cnnviz [图像 | 文件夹 | 课程.cnnviz] [选项]   打开窗口（本命令）
  cnnviz train [选项]        无窗口训练，打印损失和学到的滤波器（不使用 Qt）
  cnnviz samples             列出自带的示例图像
  cnnviz export [选项]       无需显示器，写出 PNG/SVG/GIF 图、幻灯片，以及导览的幻灯片集（--deck）
                             （见 &apos;cnnviz export --help&apos;）
  cnnviz check 文件.py       用探针运行你自己的反向传播，并指出错误
  cnnviz --tour [脚本]       在导览中打开窗口（PageDown/PageUp 翻页，Esc 离开）
</translation>
    </message>
    <message>
        <source>keys in the window:
  Space play/pause · Right one update (step-through: forward) · Left/Home/End step-through
  R reset to the same start · Shift+R new random start · B step-through backprop ·
  G check the gradient · C compare shared vs untied · T guided tour · + / - speed ·
  Esc leave a mode · F11 presenter mode ·
  Ctrl+O open image · Ctrl+Shift+O open folder · Ctrl+S save lesson · Ctrl+L open lesson ·
  Ctrl+E export · Ctrl+Shift+C copy the panel under the mouse · Ctrl+Shift+L light theme · F1 about
</source>
        <translation>窗口中的按键：
  Space 播放/暂停 · Right 一次更新（逐步演示：前进）· Left/Home/End 逐步演示
  R 重置到同一起点 · Shift+R 重新随机开始 · B 逐步演示反向传播 ·
  G 检查梯度 · C 比较共享与不共享 · T 导览 · + / - 速度 ·
  Esc 离开当前模式 · F11 演示模式 ·
  Ctrl+O 打开图像 · Ctrl+Shift+O 打开文件夹 · Ctrl+S 保存课程 · Ctrl+L 打开课程 ·
  Ctrl+E 导出 · Ctrl+Shift+C 复制鼠标下的面板 · Ctrl+Shift+L 浅色主题 · F1 关于
</translation>
    </message>
    <message>
        <source>cnnviz: no display; `cnnviz export` works without one</source>
        <translation>cnnviz：没有显示器；`cnnviz export` 无需显示器即可运行</translation>
    </message>
    <message>
        <source>save a screenshot once the window is drawn, then quit</source>
        <translation>窗口绘制完成后保存截图，然后退出</translation>
    </message>
    <message>
        <source>open the guided tour (the default one, or a TOML script of your own)</source>
        <translation>打开导览（自带的，或你自己的 TOML 脚本）</translation>
    </message>
    <message>
        <source>cannot write screenshot {path}: folder does not exist</source>
        <translation>无法写入截图 {path}：文件夹不存在</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
</context>
<context>
    <name>CLIOptions</name>
    <message>
        <source>language of the messages: {choices} (default: the system&apos;s)</source>
        <translation>消息的语言：{choices}（默认：系统语言）</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message}（见 &apos;{prog} --help&apos;）</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
    <message>
        <source>{text} must be a positive finite number</source>
        <translation>{text} 必须是有限的正数</translation>
    </message>
    <message>
        <source>{text} must be in [0, 1)</source>
        <translation>{text} 必须在 [0, 1) 之内</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整数</translation>
    </message>
    <message>
        <source>{text} must be 0 or more</source>
        <translation>{text} 必须大于或等于 0</translation>
    </message>
    <message>
        <source>{text} must be a whole number from 0 to 2**64-1</source>
        <translation>{text} 必须是 0 到 2**64-1 之间的整数</translation>
    </message>
    <message>
        <source>{text} must be valid, same, full or a whole number of pixels</source>
        <translation>{text} 必须是 valid、same、full 或整数个像素</translation>
    </message>
    <message>
        <source>{text} must be a whole number from {low} to {high}</source>
        <translation>{text} 必须是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>{text} must be a whole number {low} or more</source>
        <translation>{text} 必须是大于或等于 {low} 的整数</translation>
    </message>
    <message>
        <source>an image file or a folder of images (a batch); default: a bundled sample</source>
        <translation>一个图像文件或一个图像文件夹（一个批量）；默认：自带的示例</translation>
    </message>
    <message>
        <source>a bundled sample image (see &apos;cnnviz samples&apos;)</source>
        <translation>一张自带的示例图像（见 &apos;cnnviz samples&apos;）</translation>
    </message>
    <message>
        <source>square size the image is resampled to (default 32), or &apos;native&apos; (up to 1024)</source>
        <translation>图像重采样后的正方形边长（默认 32），或 &apos;native&apos;（最大 1024）</translation>
    </message>
    <message>
        <source>continue a saved lesson (image, settings, weights, history); options given change it</source>
        <translation>继续一个已保存的课程（图像、设置、权重、历史）；给出的选项会修改它</translation>
    </message>
    <message>
        <source>named target kernel (default {target})</source>
        <translation>按名称指定的目标卷积核（默认 {target}）</translation>
    </message>
    <message>
        <source>typed 3x3 target kernel</source>
        <translation>手动输入的 3x3 目标卷积核</translation>
    </message>
    <message>
        <source>learning rate (default {lr})</source>
        <translation>学习率（默认 {lr}）</translation>
    </message>
    <message>
        <source>(default {value})</source>
        <translation>（默认 {value}）</translation>
    </message>
    <message>
        <source>momentum (default {momentum})</source>
        <translation>动量（默认 {momentum}）</translation>
    </message>
    <message>
        <source>loss reduction: &apos;sum&apos; over positions (the lesson, default) or &apos;mean&apos;</source>
        <translation>损失归约：对所有位置 &apos;sum&apos;（本课程，默认）或 &apos;mean&apos;</translation>
    </message>
    <message>
        <source>seed of the initial weights, 0 to 2**64-1 (default 0)</source>
        <translation>初始权重的随机种子，0 到 2**64-1（默认 0）</translation>
    </message>
    <message>
        <source>the filter is K x K, 1 to {max} (default 3; named targets are 3x3, type other sizes with --kernel; a typed kernel sets K)</source>
        <translation>滤波器为 K x K，1 到 {max}（默认 3；按名称的目标是 3x3，其他大小用 --kernel 输入；输入的卷积核决定 K）</translation>
    </message>
    <message>
        <source>pixels the filter moves between positions (default 1)</source>
        <translation>滤波器在相邻位置之间移动的像素数（默认 1）</translation>
    </message>
    <message>
        <source>zeros around the image: valid (none, default), same (keeps the size: odd K, stride 1), full (K-1) or N pixels (0 to K-1)</source>
        <translation>图像四周补零：valid（不填充，默认）、same（保持大小：K 为奇数，步幅 1）、full（K-1）或 N 个像素（0 到 K-1）</translation>
    </message>
    <message>
        <source>typed target kernel: K rows of K numbers (sets K when --kernel-size is not given)</source>
        <translation>手动输入的目标卷积核：K 行，每行 K 个数（未给出 --kernel-size 时决定 K）</translation>
    </message>
    <message>
        <source>keep the image&apos;s R, G, B: one K x K x 3 filter, the target is the kernel on the luminance (default sample: colour-shapes)</source>
        <translation>保留图像的 R、G、B：一个 K x K x 3 滤波器，目标是卷积核作用于亮度（默认示例：colour-shapes）</translation>
    </message>
    <message>
        <source>give either an IMAGE or --sample, not both</source>
        <translation>只能给出图像或 --sample 之一，不能同时给出</translation>
    </message>
    <message>
        <source>learning rate {lr}: half the stability limit 2/λmax of this layer on this image</source>
        <translation>学习率 {lr}：本层在此图像上的稳定上限 2/λmax 的一半</translation>
    </message>
    <message>
        <source>cnnviz: note: {note}</source>
        <translation>cnnviz：提示：{note}</translation>
    </message>
    <message>
        <source>learning rate {lr} instead of the default {default}, which would diverge on this image</source>
        <translation>学习率 {lr}，而不是默认的 {default}（后者在此图像上会发散）</translation>
    </message>
    <message>
        <source>give either --lesson or an IMAGE/--sample, not both</source>
        <translation>只能给出 --lesson 或图像/--sample 之一，不能同时给出</translation>
    </message>
    <message>
        <source>cannot save lesson to {path}: {reason}</source>
        <translation>无法将课程保存到 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>CaptionBar</name>
    <message>
        <source>↻ Replay (Enter)</source>
        <translation>↻ 重播 (Enter)</translation>
    </message>
    <message>
        <source>Leave tour (Esc)</source>
        <translation>退出导览 (Esc)</translation>
    </message>
    <message>
        <source>Previous chapter (PageUp, ←)</source>
        <translation>上一章 (PageUp, ←)</translation>
    </message>
    <message>
        <source>Next chapter (PageDown, →, Space)</source>
        <translation>下一章 (PageDown, →, Space)</translation>
    </message>
</context>
<context>
    <name>Captions</name>
    <message>
        <source>Laplacian</source>
        <translation>拉普拉斯</translation>
    </message>
    <message>
        <source>box blur</source>
        <translation>均值模糊</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source> (a condition needs a &apos;:&apos; and its sentence)</source>
        <translation>（条件需要 &apos;:&apos; 和它的句子）</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}{hint}; the facts are listed in tour.toml</source>
        <translation>未知占位符 {placeholder}{hint}；可用的事实列在 tour.toml 中</translation>
    </message>
    <message>
        <source>unknown condition {condition}; use one of {names}</source>
        <translation>未知条件 {condition}；请使用以下之一：{names}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} 和 {b}</translation>
    </message>
    <message>
        <source>identity and an activation</source>
        <translation>identity 和一个激活函数</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>（输入的）</translation>
    </message>
    <message>
        <source>(typed kernel)</source>
        <translation>（输入的卷积核）</translation>
    </message>
    <message>
        <source>luminance(patch)</source>
        <translation>亮度(patch)</translation>
    </message>
    <message>
        <source>v ← μv + buffer, then w ← w − lr·v</source>
        <translation>v ← μv + buffer，然后 w ← w − lr·v</translation>
    </message>
    <message>
        <source>one colour (R, G, B) {size} image</source>
        <translation>一张 {size} 彩色（R, G, B）图像</translation>
    </message>
    <message>
        <source>one grayscale {size} image</source>
        <translation>一张 {size} 灰度图像</translation>
    </message>
    <message>
        <source>{N} colour (R, G, B) {size} images</source>
        <translation>{N} 张 {size} 彩色（R, G, B）图像</translation>
    </message>
    <message>
        <source>{N} grayscale {size} images</source>
        <translation>{N} 张 {size} 灰度图像</translation>
    </message>
    <message>
        <source>{P} ({N} images × {per_image})</source>
        <translation>{P}（{N} 张图像 × {per_image}）</translation>
    </message>
    <message>
        <source>a {close} with no {open} before it (write {twice} for a brace)</source>
        <translation>{close} 之前没有 {open}（字面花括号请写 {twice}）</translation>
    </message>
    <message>
        <source>{open} must start {fact} or {condition} (write {twice} for a brace)</source>
        <translation>{open} 必须开始 {fact} 或 {condition}（字面花括号请写 {twice}）</translation>
    </message>
    <message>
        <source>{condition} is not closed with {close}</source>
        <translation>{condition} 没有用 {close} 闭合</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>plain SGD</source>
        <translation>普通 SGD</translation>
    </message>
    <message>
        <source>{dx} px right and {dy} px down</source>
        <translation>向右 {dx} px、向下 {dy} px</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>Run your own convolution backward pass on the lesson&apos;s data and on probes, compare with the exact gradients and name the bug. Your code runs in a separate process.</source>
        <translation>在课程数据和测试用例上运行你自己写的卷积反向传播，与精确梯度比较并指出错误。你的代码在一个独立的进程中运行。</translation>
    </message>
    <message>
        <source>Conventions ({conventions}) are recognised by the function&apos;s name. On a lesson with --stride or --padding the lesson&apos;s backward is called as backward(x, w, dy, stride=S, padding=P) (or pad=P).</source>
        <translation>约定（{conventions}）按函数名识别。在带 --stride 或 --padding 的课程中，课程的 backward 以 backward(x, w, dy, stride=S, padding=P)（或 pad=P）调用（步幅和填充）。</translation>
    </message>
    <message>
        <source>your Python file or Jupyter notebook (.ipynb)</source>
        <translation>你的 Python 文件或 Jupyter notebook（.ipynb）</translation>
    </message>
    <message>
        <source>the function to check (default: the first of {names} found)</source>
        <translation>要检查的函数（默认：{names} 中最先找到的那个）</translation>
    </message>
    <message>
        <source>how the function is called (default: by its name)</source>
        <translation>函数的调用方式（默认：按它的名字判断）</translation>
    </message>
    <message>
        <source>print one JSON object (in English, whatever the language)</source>
        <translation>输出一个 JSON 对象（无论何种语言都用英文）</translation>
    </message>
    <message>
        <source>refuse to run your code unless it can be isolated (Linux with bubblewrap): for a teacher running a class&apos;s files</source>
        <translation>无法隔离时拒绝运行代码（Linux 上需 bubblewrap）：供教师运行全班的文件时使用</translation>
    </message>
    <message>
        <source>seconds for loading your file, and again for the probes (default {seconds}); a slow call on bigger data gets more, by your code&apos;s speed on the smaller ones</source>
        <translation>加载文件的秒数，测试用例另有同样的秒数（默认 {seconds}）；在较大数据上的慢调用会按你的代码在较小数据上的速度获得更多时间</translation>
    </message>
    <message>
        <source>check against a lesson with a K x K filter, 1 to 7 (default 3): w is (K, K)</source>
        <translation>用 K x K 滤波器（1 到 7，默认 3）的课程检查：w 是 (K, K)</translation>
    </message>
    <message>
        <source>check against a colour lesson: x is (3, H, W) and w (3, K, K), one output map</source>
        <translation>用彩色课程检查：x 是 (3, H, W)，w 是 (3, K, K)，一个输出图</translation>
    </message>
    <message>
        <source>still running your code ({what}), {seconds} s…</source>
        <translation>你的代码仍在运行（{what}），{seconds} s…</translation>
    </message>
    <message>
        <source>still running your code (call {call} of {total}: {what}), {seconds} s…</source>
        <translation>你的代码仍在运行（第 {call} 次调用，共 {total} 次：{what}），{seconds} s…</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>error</source>
        <translation>代码出错</translation>
    </message>
    <message>
        <source>run on {count} calls: {probes}</source>
        <translation>共运行 {count} 次调用：{probes}</translation>
    </message>
    <message>
        <source>verdict: correct. {message}</source>
        <translation>结论：正确。{message}</translation>
    </message>
    <message>
        <source>verdict: {verdict}  ({ids})</source>
        <translation>结论：{verdict}  ({ids})</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>证据：{evidence}</translation>
    </message>
    <message>
        <source>your dw</source>
        <translation>你的 dw</translation>
    </message>
    <message>
        <source>true dw</source>
        <translation>正确的 dw</translation>
    </message>
    <message>
        <source>on the lesson&apos;s data (3 significant digits, wrong cells marked *):</source>
        <translation>在课程数据上（3 位有效数字，错误的单元格标有 *）：</translation>
    </message>
    <message>
        <source>channel {channel}</source>
        <translation>通道 {channel}</translation>
    </message>
    <message>
        <source>largest error on the lesson&apos;s data: {errors}</source>
        <translation>课程数据上的最大误差：{errors}</translation>
    </message>
    <message>
        <source>{notes}; and {count} more</source>
        <translation>{notes}；还有 {count} 项</translation>
    </message>
    <message>
        <source>left out to run your file: {notes}</source>
        <translation>为运行你的文件而略过：{notes}</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>not isolated: {why}</source>
        <translation>未隔离：{why}</translation>
    </message>
    <message>
        <source>how your code ran: {how}</source>
        <translation>你的代码的运行方式：{how}</translation>
    </message>
    <message>
        <source>your code printed (between the bars; not the checker&apos;s words):</source>
        <translation>你的代码打印的内容（在竖线之间；不是检查器的话）：</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}、{then}</translation>
    </message>
    <message>
        <source>not comparable ({why})</source>
        <translation>无法比较（{why}）</translation>
    </message>
    <message>
        <source>not returned</source>
        <translation>未返回</translation>
    </message>
</context>
<context>
    <name>CheckDiagnose</name>
    <message>
        <source>keeps only the last position&apos;s contribution</source>
        <translation>只保留了最后一个位置的贡献</translation>
    </message>
    <message>
        <source>keeps only the last image&apos;s sum</source>
        <translation>只保留了最后一张图像的总和</translation>
    </message>
    <message>
        <source>leaves out the last row of positions (row {R})</source>
        <translation>漏掉了最后一行位置（第 {R} 行）</translation>
    </message>
    <message>
        <source>leaves out the last column of positions (column {C})</source>
        <translation>漏掉了最后一列位置（第 {C} 列）</translation>
    </message>
    <message>
        <source>leaves out the last row and the last column of positions (row {R}, column {C})</source>
        <translation>漏掉了最后一行和最后一列位置（第 {R} 行，第 {C} 列）</translation>
    </message>
    <message>
        <source>leaves out the first row of positions (row 0)</source>
        <translation>漏掉了第一行位置（第 0 行）</translation>
    </message>
    <message>
        <source>leaves out the first column of positions (column 0)</source>
        <translation>漏掉了第一列位置（第 0 列）</translation>
    </message>
    <message>
        <source>leaves out the first row and the first column of positions</source>
        <translation>漏掉了第一行和第一列位置</translation>
    </message>
    <message>
        <source>counts twice the last row of positions (row {R})</source>
        <translation>把最后一行位置算了两次（第 {R} 行）</translation>
    </message>
    <message>
        <source>counts twice the last column of positions (column {C})</source>
        <translation>把最后一列位置算了两次（第 {C} 列）</translation>
    </message>
    <message>
        <source>counts twice the last row and the last column of positions (row {R}, column {C})</source>
        <translation>把最后一行和最后一列位置算了两次（第 {R} 行，第 {C} 列）</translation>
    </message>
    <message>
        <source>counts twice the first row of positions (row 0)</source>
        <translation>把第一行位置算了两次（第 0 行）</translation>
    </message>
    <message>
        <source>counts twice the first column of positions (column 0)</source>
        <translation>把第一列位置算了两次（第 0 列）</translation>
    </message>
    <message>
        <source>counts twice the first row and the first column of positions</source>
        <translation>把第一行和第一列位置算了两次</translation>
    </message>
    <message>
        <source>uses windows one pixel apart although the stride is {S}</source>
        <translation>用了相隔一个像素的窗口，尽管步幅是 {S}</translation>
    </message>
    <message>
        <source>uses the kernel rotated 180°</source>
        <translation>用了旋转 180° 的卷积核</translation>
    </message>
    <message>
        <source>is the true one rotated 180°</source>
        <translation>是正确值旋转 180° 后的结果</translation>
    </message>
    <message>
        <source>uses the kernel transposed</source>
        <translation>用了转置的卷积核</translation>
    </message>
    <message>
        <source>is the true one transposed</source>
        <translation>是正确值转置后的结果</translation>
    </message>
    <message>
        <source>uses the kernel rotated 180° and transposed</source>
        <translation>用了旋转 180° 并转置的卷积核</translation>
    </message>
    <message>
        <source>is the true one rotated 180° and transposed</source>
        <translation>是正确值旋转 180° 并转置后的结果</translation>
    </message>
    <message>
        <source>has the opposite sign</source>
        <translation>符号相反</translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P})</source>
        <translation>被除以了位置数（{P}）</translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P}) and has the opposite sign</source>
        <translation>被除以了位置数（{P}）并且符号相反</translation>
    </message>
    <message>
        <source>is divided by the number of pixels of the image ({PIX})</source>
        <translation>被除以了图像的像素数（{PIX}）</translation>
    </message>
    <message>
        <source>is divided by the number of images ({N})</source>
        <translation>被除以了图像数（{N}）</translation>
    </message>
    <message>
        <source>is divided by the number of positions per image ({HW})</source>
        <translation>被除以了每张图像的位置数（{HW}）</translation>
    </message>
    <message>
        <source>is divided by the number of pixels of all images ({NPIX})</source>
        <translation>被除以了所有图像的像素数（{NPIX}）</translation>
    </message>
    <message>
        <source>keeps at each pixel only the last position that touches it</source>
        <translation>在每个像素上只保留了最后一个覆盖它的位置</translation>
    </message>
    <message>
        <source>is 0: the bias gradient is missing</source>
        <translation>是 0：缺少偏置的梯度</translation>
    </message>
    <message>
        <source>sums δ over all filters together (each filter&apos;s db is the sum of its own δ map)</source>
        <translation>把所有滤波器的 δ 加在了一起（每个滤波器的 db 是它自己的 δ 图之和）</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first}，并且{then}</translation>
    </message>
    <message>
        <source>is all zeros</source>
        <translation>全是零</translation>
    </message>
    <message>
        <source>returned exactly the previous call&apos;s result for new data</source>
        <translation>对新数据返回了与上一次调用完全相同的结果</translation>
    </message>
    <message>
        <source>is the same for different x and dy</source>
        <translation>对不同的 x 和 dy 都一样</translation>
    </message>
    <message>
        <source>returned the previous call&apos;s result plus this call&apos;s</source>
        <translation>返回了上一次调用的结果加上这次的结果</translation>
    </message>
    <message>
        <source>is divided by {m} on every call, whatever the image: also on {probe}, which has {count} positions</source>
        <translation>每次调用都被除以了 {m}，不管是什么图像：在有 {count} 个位置的{probe}上也是如此</translation>
    </message>
    <message>
        <source>the true value</source>
        <translation>正确值</translation>
    </message>
    <message>
        <source>your {name} {how}</source>
        <translation>你的 {name} {how}</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>The gradient buffer ∂L/∂w (the filter&apos;s shape) and the bias delta ∂L/∂b on the lesson&apos;s data.</source>
        <translation>课程数据上的梯度缓冲区 ∂L/∂w（与滤波器形状相同）和偏置增量 ∂L/∂b。</translation>
    </message>
    <message>
        <source>no dw of shape {shape} was returned</source>
        <translation>没有返回形状为 {shape} 的 dw</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ 错误</translation>
    </message>
</context>
<context>
    <name>CheckProbes</name>
    <message>
        <source>{h}x{w} image</source>
        <translation>{h}x{w} 图像</translation>
    </message>
    <message>
        <source>{c}x{h}x{w} colour image</source>
        <translation>{c}x{h}x{w} 彩色图像</translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, stride {stride}, pad {pad}, {count} positions)</source>
        <translation>课程数据（{image}，步幅 {stride}，pad {pad}，{count} 个位置）</translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, {count} positions)</source>
        <translation>课程数据（{image}，{count} 个位置）</translation>
    </message>
    <message>
        <source>{c} channels, {h}x{w}</source>
        <translation>{c} 个通道，{h}x{w}</translation>
    </message>
    <message>
        <source>{n} images x {c} channels, {f} filters, {h}x{w}</source>
        <translation>{n} 张图像 x {c} 个通道，{f} 个滤波器，{h}x{w}</translation>
    </message>
    <message>
        <source>probe {name} ({size}, stride {stride}, pad {pad})</source>
        <translation>测试用例 {name}（{size}，步幅 {stride}，pad {pad}）</translation>
    </message>
    <message>
        <source>probe {name} ({size})</source>
        <translation>测试用例 {name}（{size}）</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>running your code…</source>
        <translation>正在运行你的代码…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>loading your file… {seconds} s</source>
        <translation>正在加载你的文件… {seconds} s</translation>
    </message>
    <message>
        <source>done · {seconds} s</source>
        <translation>完成 · {seconds} s</translation>
    </message>
    <message>
        <source>running call {call} of {total} ({what}) · {seconds} s</source>
        <translation>正在运行第 {call} 次调用，共 {total} 次（{what}）· {seconds} s</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Your code failed</source>
        <translation>你的代码运行失败</translation>
    </message>
    <message>
        <source>Your dw and db (lesson&apos;s data)</source>
        <translation>你的 dw 和 db（课程数据）</translation>
    </message>
    <message>
        <source>True dw and db (sum over every position)</source>
        <translation>正确的 dw 和 db（所有位置之和）</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>还有 {count} 项</translation>
    </message>
    <message>
        <source>Left out to run your file (course modules, data and IPython lines that are not here):</source>
        <translation>为运行你的文件而略过的内容（这里没有的课程模块、数据和 IPython 行）：</translation>
    </message>
    <message>
        <source>Your code ran isolated, in a sandbox.</source>
        <translation>你的代码在沙箱中隔离运行。</translation>
    </message>
    <message>
        <source>Your code ran without a sandbox ({why}).</source>
        <translation>你的代码在没有沙箱的情况下运行（{why}）。</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>证据：{evidence}</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>a result was cut off</source>
        <translation>有一个结果被截断了</translation>
    </message>
    <message>
        <source>a record is not JSON</source>
        <translation>有一条记录不是 JSON</translation>
    </message>
    <message>
        <source>a record of an unknown kind</source>
        <translation>一条未知类型的记录</translation>
    </message>
    <message>
        <source>field &apos;seconds&apos; is not a number of seconds</source>
        <translation>字段 &apos;seconds&apos; 不是秒数</translation>
    </message>
    <message>
        <source>field {key} is not a whole number from {low} to {high}</source>
        <translation>字段 {key} 不是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>field {key} is not text</source>
        <translation>字段 {key} 不是文本</translation>
    </message>
    <message>
        <source>field {key} is not a list of text</source>
        <translation>字段 {key} 不是文本列表</translation>
    </message>
    <message>
        <source>… {count} more frames</source>
        <translation>… 还有 {count} 个调用帧</translation>
    </message>
    <message>
        <source>field &apos;functions&apos; is not a list of text</source>
        <translation>字段 &apos;functions&apos; 不是文本列表</translation>
    </message>
    <message>
        <source>an array header is not readable ({error})</source>
        <translation>有一个数组头无法读取（{error}）</translation>
    </message>
    <message>
        <source>an array is not float64 of at most 4 dimensions</source>
        <translation>有一个数组不是最多 4 维的 float64</translation>
    </message>
    <message>
        <source>an array has {size} values, more than the {most} this call can give</source>
        <translation>有一个数组有 {size} 个值，超过了这次调用最多能给出的 {most} 个</translation>
    </message>
    <message>
        <source>an array&apos;s data does not match its header</source>
        <translation>有一个数组的数据与其头部不符</translation>
    </message>
    <message>
        <source>your code sent more data than the results of this check can be</source>
        <translation>你的代码发送的数据超过了这次检查结果可能的大小</translation>
    </message>
    <message>
        <source>records after the end</source>
        <translation>结束之后还有记录</translation>
    </message>
    <message>
        <source>two load records</source>
        <translation>两条加载记录</translation>
    </message>
    <message>
        <source>a call before the function was loaded</source>
        <translation>函数加载之前就有调用</translation>
    </message>
    <message>
        <source>two records of one call</source>
        <translation>同一次调用有两条记录</translation>
    </message>
    <message>
        <source>a call record has an unknown status</source>
        <translation>有一条调用记录的状态未知</translation>
    </message>
    <message>
        <source>a call record&apos;s arrays do not match its status</source>
        <translation>有一条调用记录的数组与其状态不符</translation>
    </message>
    <message>
        <source>its results were not readable: {why}</source>
        <translation>它的结果无法读取：{why}</translation>
    </message>
    <message>
        <source>its results were not readable</source>
        <translation>它的结果无法读取</translation>
    </message>
    <message>
        <source>… and {count} more characters, not kept</source>
        <translation>… 还有 {count} 个字符，未保留</translation>
    </message>
    <message>
        <source>the load record has an unknown status</source>
        <translation>加载记录的状态未知</translation>
    </message>
    <message>
        <source>the load record names a function that was not asked for</source>
        <translation>加载记录给出的函数并不是所要求的</translation>
    </message>
    <message>
        <source>field &apos;skipped&apos; is not a list of records</source>
        <translation>字段 &apos;skipped&apos; 不是记录列表</translation>
    </message>
    <message>
        <source>field &apos;module&apos; is not text</source>
        <translation>字段 &apos;module&apos; 不是文本</translation>
    </message>
    <message>
        <source>field &apos;parameters&apos; is not a list of text</source>
        <translation>字段 &apos;parameters&apos; 不是文本列表</translation>
    </message>
    <message>
        <source>the process was killed by {signal}</source>
        <translation>进程被 {signal} 终止</translation>
    </message>
    <message>
        <source>the process ended early with exit code {code} (os._exit or a crash in native code)</source>
        <translation>进程提前结束，退出码 {code}（os._exit 或本地代码崩溃）</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>the checker&apos;s supervisor failed (exit code {code})</source>
        <translation>检查器的监督进程失败（退出码 {code}）</translation>
    </message>
    <message>
        <source>it killed its parent process (the checker&apos;s supervisor)</source>
        <translation>它终止了自己的父进程（检查器的监督进程）</translation>
    </message>
</context>
<context>
    <name>CheckSandbox</name>
    <message>
        <source>no sandbox on {platform} (bubblewrap is Linux only)</source>
        <translation>{platform} 上没有沙箱（bubblewrap 仅支持 Linux）</translation>
    </message>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>未安装 bubblewrap (bwrap)</translation>
    </message>
    <message>
        <source>bwrap did not start ({error})</source>
        <translation>bwrap 没有启动（{error}）</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here ({error})</source>
        <translation>bwrap 无法在这里创建沙箱（{error}）</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here</source>
        <translation>bwrap 无法在这里创建沙箱</translation>
    </message>
    <message>
        <source>the sandbox was turned off</source>
        <translation>沙箱已关闭</translation>
    </message>
    <message>
        <source>cannot isolate your code on this machine: {why}</source>
        <translation>无法在这台机器上隔离运行你的代码：{why}</translation>
    </message>
</context>
<context>
    <name>CheckSource</name>
    <message>
        <source>code cell {cell}, line {line}</source>
        <translation>代码单元格 {cell}，第 {line} 行</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
        <source>IPython lines (% and !) were skipped</source>
        <translation>跳过了 IPython 行（% 和 !）</translation>
    </message>
    <message>
        <source>{file} is not a notebook (not JSON: {error})</source>
        <translation>{file} 不是 notebook（不是 JSON：{error}）</translation>
    </message>
    <message>
        <source>{file} is not a notebook (no cells)</source>
        <translation>{file} 不是 notebook（没有单元格）</translation>
    </message>
    <message>
        <source>{file} is not a notebook (its cells cannot be read)</source>
        <translation>{file} 不是 notebook（无法读取它的单元格）</translation>
    </message>
    <message>
        <source>code cell {cell} ({magic}) is not Python: left out</source>
        <translation>代码单元格 {cell}（{magic}）不是 Python：已略过</translation>
    </message>
    <message>
        <source>code cell {cell} is not valid Python: left out</source>
        <translation>代码单元格 {cell} 不是有效的 Python：已略过</translation>
    </message>
    <message>
        <source>{file} has no code cells</source>
        <translation>{file} 没有代码单元格</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>… 1 more line</source>
        <translation>… 还有 1 行</translation>
    </message>
    <message>
        <source>… {count} more lines</source>
        <translation>… 还有 {count} 行</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Check My Backprop</source>
        <translation>检查我的反向传播</translation>
    </message>
    <message>
        <source>No file checked yet.</source>
        <translation>还没有检查任何文件。</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>再次检查</translation>
    </message>
    <message>
        <source>Run the same file again (after you edited it), on the lesson&apos;s data as it is now</source>
        <translation>再次运行同一个文件（在你修改之后），使用课程当前的数据</translation>
    </message>
    <message>
        <source>Show in Step-Through</source>
        <translation>在逐步演示中显示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Check My Backprop: your Python file</source>
        <translation>检查我的反向传播：你的 Python 文件</translation>
    </message>
    <message>
        <source>Python files and notebooks (*.py *.ipynb)</source>
        <translation>Python 文件和 notebook (*.py *.ipynb)</translation>
    </message>
    <message>
        <source>Your code runs in a separate process, on probes and on the lesson&apos;s data as it is on screen.</source>
        <translation>你的代码在一个独立的进程中运行，使用测试用例和屏幕上当前的课程数据。</translation>
    </message>
    <message>
        <source>Cancelled: your code was stopped.</source>
        <translation>已取消：你的代码已被停止。</translation>
    </message>
    <message>
        <source>Open the step-through after position {count} (the one that explains the bug)</source>
        <translation>在第 {count} 个位置之后打开逐步演示（能解释这个错误的位置）</translation>
    </message>
    <message>
        <source>Step-through after position {count}: File &gt; Check My Backprop… shows the check again</source>
        <translation>逐步演示停在第 {count} 个位置之后：文件 &gt; 检查我的反向传播… 可再次显示检查结果</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>The gradient buffer keeps only the last contribution: `=` where `+=` was needed, so every earlier position&apos;s contribution is lost.</source>
        <translation>梯度缓冲区只保留了最后一个贡献：该用 `+=` 的地方用了 `=`，所以之前每个位置的贡献都丢失了。</translation>
    </message>
    <message>
        <source>The gradient is divided by a count (an average): the shared filter&apos;s gradient is the SUM of every position&apos;s contribution (dy already carries the loss&apos;s own scaling).</source>
        <translation>梯度被除以了一个计数（取了平均）：共享滤波器的梯度是每个位置贡献的总和（dy 已经带有损失自身的缩放）。</translation>
    </message>
    <message>
        <source>Your function keeps state between calls: a buffer is never reset (a mutable default argument such as dw=np.zeros(...), or a global). Create it inside the function, on every call.</source>
        <translation>你的函数在两次调用之间保留了状态：某个缓冲区从未被重置（例如可变默认参数 dw=np.zeros(...)，或全局变量）。请在函数内部、每次调用时重新创建它。</translation>
    </message>
    <message>
        <source>Your dw is rotated 180°: that pairs w[r, c] with x[i+2-r, j+2-c] (a convolution), but the forward pass is a cross-correlation: w[r, c] multiplies x[i+r, j+c].</source>
        <translation>你的 dw 旋转了 180°：这样 w[r, c] 对应的是 x[i+2-r, j+2-c]（卷积），但前向传播是互相关：w[r, c] 乘的是 x[i+r, j+c]。</translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: dw[c, r] holds what belongs in dw[r, c].</source>
        <translation>你的 dw 行和列互换了：dw[c, r] 里放的是应该在 dw[r, c] 的值。</translation>
    </message>
    <message>
        <source>The sign is wrong: the gradient has the right size but points the other way.</source>
        <translation>符号错了：梯度大小正确，但方向相反。</translation>
    </message>
    <message>
        <source>db is wrong: db is the sum of δ over every position (and image), one number per filter.</source>
        <translation>db 错了：db 是 δ 在每个位置（和每张图像）上的总和，每个滤波器一个数。</translation>
    </message>
    <message>
        <source>Some positions are left out or counted twice: a loop bound is off by one (with stride 1 the output has H - k + 1 rows and W - k + 1 columns).</source>
        <translation>有些位置被漏掉或重复计算了：某个循环边界差了一（步幅为 1 时，输出有 H - k + 1 行、W - k + 1 列）。</translation>
    </message>
    <message>
        <source>dx is assigned (`=`) where it must add (`+=`): windows overlap, so a pixel shared by several positions must collect the input deltas of all of them.</source>
        <translation>dx 用了赋值（`=`），而这里必须累加（`+=`）：窗口会重叠，被多个位置共享的像素必须收集所有这些位置的输入 delta。</translation>
    </message>
    <message>
        <source>dx uses a turned kernel: position (i, j) adds δ[i, j]·w[r, c] into x[i+r, j+c], with the same unflipped w as the forward pass.</source>
        <translation>dx 用了翻转的卷积核：位置 (i, j) 把 δ[i, j]·w[r, c] 加到 x[i+r, j+c]，用的是与前向传播相同、未翻转的 w。</translation>
    </message>
    <message>
        <source>The stride is not applied: the window of output (i, j) starts at (i·stride, j·stride).</source>
        <translation>没有应用步幅：输出 (i, j) 的窗口从 (i·stride, j·stride) 开始。</translation>
    </message>
    <message>
        <source>This is wrong in a way the checker does not recognise: compare the cells below.</source>
        <translation>这里有错，但错法不属于检查器认识的任何一种：请对比下面的单元格。</translation>
    </message>
    <message>
        <source>Your function returns None where the gradients should be: it is not finished yet (the course&apos;s starting code sets them to None until you compute them).</source>
        <translation>你的函数在应返回梯度的地方返回了 None：它还没写完（课程的初始代码把它们设为 None，直到你算出它们）。</translation>
    </message>
    <message>
        <source>An output is all zeros: nothing is ever added into it. Check that the loop that adds each position&apos;s contribution runs, and that it adds into the array you return.</source>
        <translation>有一个输出全是零：从来没有往里加过任何东西。请检查累加每个位置贡献的循环是否真的运行了，以及它是否加到了你返回的数组里。</translation>
    </message>
    <message>
        <source>An output comes out the same whatever data your function gets: it does not use its arguments (perhaps test data from elsewhere in your file, or a constant).</source>
        <translation>无论函数收到什么数据，某个输出都一样：它没有使用自己的参数（也许用了文件中别处的测试数据，或一个常量）。</translation>
    </message>
    <message>
        <source>Your code works only on images of the lesson&apos;s size: it fails on the probes&apos; other sizes. A size is written as a number (like 30 or 32), or height and width are swapped. Take every size from the arrays (H, W = x.shape; the output&apos;s from dy or dout), rows with H and columns with W.</source>
        <translation>你的代码只适用于课程大小的图像：在测试用例的其他尺寸上失败了。某个尺寸写成了数字（如 30 或 32），或者高和宽写反了。请从数组中取每个尺寸（H, W = x.shape；输出的尺寸取自 dy 或 dout），行用 H，列用 W。</translation>
    </message>
    <message>
        <source>Your code stopped with an error: fix the line shown below.</source>
        <translation>你的代码因错误而停止：请修改下面显示的那一行。</translation>
    </message>
    <message>
        <source>Your code did not finish in time.</source>
        <translation>你的代码没有在限定时间内完成。</translation>
    </message>
    <message>
        <source>Your function returns an array of the wrong shape: see below which one, and the shape it needs.</source>
        <translation>你的函数返回的数组形状不对：下面说明是哪一个，以及它需要的形状。</translation>
    </message>
    <message>
        <source>Your function is not finished: it returns None. Compute the gradients and return them.</source>
        <translation>你的函数还没写完：它返回 None。请计算梯度并返回它们。</translation>
    </message>
    <message>
        <source>Only the last position is kept in your dw: write `+=` instead of `=` where you add into it.</source>
        <translation>你的 dw 只保留了最后一个位置：在往里累加的地方用 `+=` 代替 `=`。</translation>
    </message>
    <message>
        <source>Only the last position is kept in each pixel of your dx: write `+=` instead of `=` there.</source>
        <translation>你的 dx 的每个像素只保留了最后一个位置：在那里用 `+=` 代替 `=`。</translation>
    </message>
    <message>
        <source>Your function remembers the previous call: create dw (and db, dx) with np.zeros inside the function, so every call starts from zero.</source>
        <translation>你的函数记住了上一次调用：请在函数内部用 np.zeros 创建 dw（以及 db、dx），让每次调用都从零开始。</translation>
    </message>
    <message>
        <source>Your dw is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation>你的 dw 被除以了一个数：去掉这个除法。共享滤波器的梯度是所有位置的总和。</translation>
    </message>
    <message>
        <source>Your gradient has the wrong sign: add δ × patch, do not subtract it.</source>
        <translation>你的梯度符号错了：要加上 δ × 图块，而不是减去。</translation>
    </message>
    <message>
        <source>Your dw is turned upside down and mirrored: pair w[r, c] with x[i + r, j + c], not with x[i + 2 - r, j + 2 - c].</source>
        <translation>你的 dw 上下颠倒并且左右镜像了：要让 w[r, c] 对应 x[i + r, j + c]，而不是 x[i + 2 - r, j + 2 - c]。</translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: write dw[r, c], not dw[c, r].</source>
        <translation>你的 dw 行和列互换了：写 dw[r, c]，不要写 dw[c, r]。</translation>
    </message>
    <message>
        <source>Your dx uses the kernel turned around: use the same w[r, c] as the forward pass.</source>
        <translation>你的 dx 用了翻转的卷积核：请使用与前向传播相同的 w[r, c]。</translation>
    </message>
    <message>
        <source>Your loops leave out or repeat some positions: loop over every row and column of the output (the shape of dy), no more and no less.</source>
        <translation>你的循环漏掉或重复了一些位置：请遍历输出（dy 的形状）的每一行和每一列，不多也不少。</translation>
    </message>
    <message>
        <source>Your windows ignore the stride: the window of output (i, j) starts at row i·stride, column j·stride.</source>
        <translation>你的窗口忽略了步幅：输出 (i, j) 的窗口从第 i·stride 行、第 j·stride 列开始。</translation>
    </message>
    <message>
        <source>Your code gets the padding wrong: see below when it fails.</source>
        <translation>你的代码把填充处理错了：下面说明它在什么情况下失败。</translation>
    </message>
    <message>
        <source>Your db is wrong: db is the sum of δ over every position (and every image).</source>
        <translation>你的 db 错了：db 是 δ 在每个位置（以及每张图像）上的总和。</translation>
    </message>
    <message>
        <source>Your gradient is all zeros: nothing is ever added into it.</source>
        <translation>你的梯度全是零：从来没有往里加过任何东西。</translation>
    </message>
    <message>
        <source>Your gradient does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation>数据变了，你的梯度却不变：请用函数的参数来计算它。</translation>
    </message>
    <message>
        <source>Your code works only on data the size of the lesson&apos;s: take every size from the arrays&apos; shapes (no numbers like 30, no height and width swapped).</source>
        <translation>你的代码只适用于课程大小的数据：请从数组的形状中取每个尺寸（不要写 30 这样的数字，不要把高和宽写反）。</translation>
    </message>
    <message>
        <source>Your gradient is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation>你的梯度有错，但错法不属于检查器认识的任何一种：请把你的数值与下面的正确值对比。</translation>
    </message>
    <message>
        <source>Your {name} is all zeros: nothing is ever added into it.</source>
        <translation>你的 {name} 全是零：从来没有往里加过任何东西。</translation>
    </message>
    <message>
        <source>Your {name} does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation>数据变了，你的 {name} 却不变：请用函数的参数来计算它。</translation>
    </message>
    <message>
        <source>Your {name} is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation>你的 {name} 被除以了一个数：去掉这个除法。共享滤波器的梯度是所有位置的总和。</translation>
    </message>
    <message>
        <source>Your {name} is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation>你的 {name} 有错，但错法不属于检查器认识的任何一种：请把你的数值与下面的正确值对比。</translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right dw, db and dx (to 1 part in {parts} of the largest value) on the lesson&apos;s data and on {probes} probes.</source>
        <translation>正确：你的 {function} 在课程数据和 {probes} 个测试用例上给出了正确的 dw、db 和 dx（精确到最大值的 {parts} 分之 1）。</translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right gradients.</source>
        <translation>正确：你的 {function} 给出了正确的梯度。</translation>
    </message>
    <message>
        <source>{headline} (And 1 more problem below.)</source>
        <translation>{headline}（下面还有 1 个问题。）</translation>
    </message>
    <message>
        <source>{headline} (And {count} more problems below.)</source>
        <translation>{headline}（下面还有 {count} 个问题。）</translation>
    </message>
    <message>
        <source>not a regular file: {file}</source>
        <translation>不是普通文件：{file}</translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>没有这个文件：{file}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): clear its outputs (Edit &gt; Clear All Outputs) and save it</source>
        <translation>{file} 有 {size} 字节（上限 {limit}）：请清除它的输出（Edit &gt; Clear All Outputs）后保存</translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): a backward pass is a short Python file</source>
        <translation>{file} 有 {size} 字节（上限 {limit}）：反向传播应是一个很短的 Python 文件</translation>
    </message>
    <message>
        <source>loading your file</source>
        <translation>正在加载你的文件</translation>
    </message>
    <message>
        <source>the lesson&apos;s data</source>
        <translation>课程数据</translation>
    </message>
    <message>
        <source>probe {name}</source>
        <translation>测试用例 {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME)</source>
        <translation>{file} 没有定义函数 {names}（找到的函数：{found}；用 --function NAME 选择一个）</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); module {module} is missing here</source>
        <translation>{file} 没有定义函数 {names}（找到的函数：{found}；用 --function NAME 选择一个）；这里缺少模块 {module}</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); {where} failed: {error}</source>
        <translation>{file} 没有定义函数 {names}（找到的函数：{found}；用 --function NAME 选择一个）；{where} 出错：{error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>无法读取 {file}：{error}</translation>
    </message>
    <message>
        <source>The checker could not use what your code sent back: {why}.</source>
        <translation>检查器无法使用你的代码传回的内容：{why}。</translation>
    </message>
    <message>
        <source>Your code ended the check: {why}.</source>
        <translation>你的代码结束了这次检查：{why}。</translation>
    </message>
    <message>
        <source>{where} was skipped: {error}</source>
        <translation>跳过了 {where}：{error}</translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k} across {channels} channels: x is ({channels}, H, W) and w ({channels}, {k}, {k}): code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1], the channels with x[..., r, c] or x[:, r, c]).</source>
        <translation>本课程的滤波器是 {k}x{k}，跨 {channels} 个通道：x 是 ({channels}, H, W)，w 是 ({channels}, {k}, {k})：为 3x3 灰度滤波器写的代码必须从数组中取每个尺寸（k = w.shape[-1]，通道用 x[..., r, c] 或 x[:, r, c]）。</translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k}: code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1]).</source>
        <translation>本课程的滤波器是 {k}x{k}：为 3x3 灰度滤波器写的代码必须从数组中取每个尺寸（k = w.shape[-1]）。</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>第 {line} 行：{text}</translation>
    </message>
    <message>
        <source>Your file is Python 2: print is a statement there (line {line}), a function in Python 3.</source>
        <translation>你的文件是 Python 2：print 在那里是语句（第 {line} 行），在 Python 3 中是函数。</translation>
    </message>
    <message>
        <source>This is Python 2 code: in Python 3 write print(...) with parentheses.</source>
        <translation>这是 Python 2 代码：在 Python 3 中请写带括号的 print(...)。</translation>
    </message>
    <message>
        <source>Your file has a syntax error on line {line}: {error}.</source>
        <translation>你的文件在第 {line} 行有语法错误：{error}。</translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded (line {line}): {error}.</source>
        <translation>你的文件在加载时出错（第 {line} 行）：{error}。</translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded: {error}.</source>
        <translation>你的文件在加载时出错：{error}。</translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time (line {line} was running: {code}): a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation>运行你的 notebook 的单元格没有在限定时间内完成（当时正在运行第 {line} 行：{code}）：某个单元格训练或测试太久，或永远不会结束。只需要你的函数：把它放进一个 .py 文件再检查那个文件，或给更多时间（--timeout）。</translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time: a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation>运行你的 notebook 的单元格没有在限定时间内完成：某个单元格训练或测试太久，或永远不会结束。只需要你的函数：把它放进一个 .py 文件再检查那个文件，或给更多时间（--timeout）。</translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long (line {line}): check a .py file with just your function.</source>
        <translation>你的 notebook 中有个单元格运行太久（第 {line} 行）：请检查一个只含你的函数的 .py 文件。</translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long: check a .py file with just your function.</source>
        <translation>你的 notebook 中有个单元格运行太久：请检查一个只含你的函数的 .py 文件。</translation>
    </message>
    <message>
        <source>Loading your file did not finish in time (line {line} was running: {code}): code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation>加载你的文件没有在限定时间内完成（当时正在运行第 {line} 行：{code}）：文件顶层的代码永远不会结束或运行太久（请把测试放到 `if __name__ == &apos;__main__&apos;:` 下面）。</translation>
    </message>
    <message>
        <source>Loading your file did not finish in time: code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation>加载你的文件没有在限定时间内完成：文件顶层的代码永远不会结束或运行太久（请把测试放到 `if __name__ == &apos;__main__&apos;:` 下面）。</translation>
    </message>
    <message>
        <source>Your file could not be loaded: {why}.</source>
        <translation>无法加载你的文件：{why}。</translation>
    </message>
    <message>
        <source>the checker process failed</source>
        <translation>检查器进程失败</translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but it is called as {call}: give it exactly those {count} parameters, in that order.</source>
        <translation>你的 {function} 接收 ({parameters})，但调用方式是 {call}：请让它正好接收这 {count} 个参数，并按这个顺序。</translation>
    </message>
    <message>
        <source>the convention: {signature}</source>
        <translation>约定：{signature}</translation>
    </message>
    <message>
        <source>Your function has other parameters than the course&apos;s: write def {call}:</source>
        <translation>你的函数参数与课程的不同：请写 def {call}:</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>步幅 {stride}</translation>
    </message>
    <message>
        <source>padding {padding}</source>
        <translation>填充 {padding}</translation>
    </message>
    <message>
        <source>stride {stride} and padding {padding}</source>
        <translation>步幅 {stride} 和填充 {padding}</translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but this lesson has {layer}: the checker passes them by name, so give it the parameters {wanted} and use them (the windows start stride pixels apart, on x with padding zeros around it).</source>
        <translation>你的 {function} 接收 ({parameters})，但本课程有{layer}：检查器按名字传递它们，所以请给它参数 {wanted} 并使用它们（窗口相隔 stride 个像素（步幅）开始，在四周填充了 padding 圈零的 x 上）。</translation>
    </message>
    <message>
        <source>the convention: {signature}, plus {wanted} for a lesson that has them</source>
        <translation>约定：{signature}，课程有这些设置时再加上 {wanted}</translation>
    </message>
    <message>
        <source>This lesson has {layer}: write def {function}(x, w, dy, {wanted}): and use them.</source>
        <translation>本课程有{layer}：请写 def {function}(x, w, dy, {wanted}): 并使用它们。</translation>
    </message>
    <message>
        <source>Your function returns None (no return statement, or `return` alone): it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation>你的函数返回 None（没有 return 语句，或只有 `return`）：它还没写完。请计算 {names} 并返回：{signature}。</translation>
    </message>
    <message>
        <source>Your function returns None for {nones}: it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation>你的函数对 {nones} 返回了 None：它还没写完。请计算 {names} 并返回：{signature}。</translation>
    </message>
    <message>
        <source>first on {probe}</source>
        <translation>最先出现在{probe}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}、{then}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} 和 {last}</translation>
    </message>
    <message>
        <source>your code called sys.exit({code}) (or raised SystemExit)</source>
        <translation>你的代码调用了 sys.exit({code})（或抛出了 SystemExit）</translation>
    </message>
    <message>
        <source>{kind}: your file is nested too deeply for Python to compile</source>
        <translation>{kind}：你的文件嵌套太深，Python 无法编译</translation>
    </message>
    <message>
        <source>Your function returned {type}, expected a tuple of {count} arrays (on {probe}).</source>
        <translation>你的函数返回了 {type}，应返回由 {count} 个数组组成的元组（在{probe}上）。</translation>
    </message>
    <message>
        <source>Your function returned {got} values, expected {count} (on {probe}).</source>
        <translation>你的函数返回了 {got} 个值，应返回 {count} 个（在{probe}上）。</translation>
    </message>
    <message>
        <source>Your function&apos;s value {number} of the returned tuple is not numbers ({why}) (on {probe}).</source>
        <translation>你的函数返回的元组中第 {number} 个值不是数字（{why}）（在{probe}上）。</translation>
    </message>
    <message>
        <source>Your function {what} (on {probe}).</source>
        <translation>你的函数：{what}（在{probe}上）。</translation>
    </message>
    <message>
        <source>Your code ended the checker&apos;s process during the call on {probe}: {why}.</source>
        <translation>你的代码在{probe}上的调用过程中结束了检查器的进程：{why}。</translation>
    </message>
    <message>
        <source>Your function is too slow for {probe}: from its speed on the calls before, it would need up to {predicted} s, and it was stopped after {ran} s. Loops over every pixel AND every position grow with the square of the image: loop over the positions and the filter&apos;s cells only, or use NumPy for the inner loops.</source>
        <translation>你的函数对{probe}来说太慢了：按它在之前调用中的速度，最多需要 {predicted} s，而它在 {ran} s 后被停止。同时遍历每个像素和每个位置的循环会随图像大小的平方增长：只遍历位置和滤波器的单元格，或在内层循环中使用 NumPy。</translation>
    </message>
    <message>
        <source>Your code is correct so far but far too slow for the lesson&apos;s image: see below.</source>
        <translation>你的代码目前是正确的，但对课程的图像来说太慢了：见下文。</translation>
    </message>
    <message>
        <source>Your function did not finish on {probe} in {ran} s, although its speed on the calls before predicted at most {predicted} s: an endless loop there, or much slower than on the smaller probes.</source>
        <translation>你的函数在{probe}上 {ran} s 内没有完成，而按它在之前调用中的速度预计最多需要 {predicted} s：那里有死循环，或比在较小的测试用例上慢得多。</translation>
    </message>
    <message>
        <source>Your function did not finish in time on {probe}: an endless loop, or far too slow (loading your file and the probes have a time limit each, 10 s by default: --timeout).</source>
        <translation>你的函数在{probe}上没有在限定时间内完成：死循环，或慢得多（加载文件和测试用例各有时间限制，默认 10 s：--timeout）。</translation>
    </message>
    <message>
        <source>{error} (line {line}) on {probe}</source>
        <translation>{error}（第 {line} 行），在{probe}上</translation>
    </message>
    <message>
        <source>{error} on {probe}</source>
        <translation>{error}，在{probe}上</translation>
    </message>
    <message>
        <source>Your {function} cannot be called as the course calls it: {error}.</source>
        <translation>你的 {function} 无法按课程的方式调用：{error}。</translation>
    </message>
    <message>
        <source>it failed with {error}</source>
        <translation>出错：{error}</translation>
    </message>
    <message>
        <source>Your function raised an error (line {line}) on {probe}: {error}.</source>
        <translation>你的函数在{probe}上出错（第 {line} 行）：{error}。</translation>
    </message>
    <message>
        <source>Your code stopped with {kind} on line {line}: fix that line (shown below with the error).</source>
        <translation>你的代码在第 {line} 行因 {kind} 停止：请修改这一行（下面显示了它和错误）。</translation>
    </message>
    <message>
        <source>Your function raised an error on {probe}: {error}.</source>
        <translation>你的函数在{probe}上出错：{error}。</translation>
    </message>
    <message>
        <source>Your code stopped with {kind}: fix that line (shown below with the error).</source>
        <translation>你的代码因 {kind} 停止：请修改那一行（下面显示了它和错误）。</translation>
    </message>
    <message>
        <source>it failed on {probe}</source>
        <translation>在{probe}上出错</translation>
    </message>
    <message>
        <source>Your function needs the module {module}, which is not installed here (line {line} imports it; then: {error}). Copy what your function uses from it into your file, or check the file where that code lives.</source>
        <translation>你的函数需要模块 {module}，但这里没有安装（第 {line} 行导入了它；随后：{error}）。请把函数用到的内容复制到你的文件里，或检查那段代码所在的文件。</translation>
    </message>
    <message>
        <source>Your code needs the module {module}, which is missing here: copy what your function uses from {module} into your file.</source>
        <translation>你的代码需要模块 {module}，但这里没有：请把函数从 {module} 中用到的内容复制到你的文件里。</translation>
    </message>
    <message>
        <source>A size or an index in your code is a float ({error}). In Python 2, `/` of two whole numbers gave a whole number; in Python 3 it always gives a float (7 / 2 = 3.5), and a float cannot be a size, a range or an index. Use `//` for whole-number division: H_out = 1 + (H + 2 * pad - HH) // stride.</source>
        <translation>你的代码中某个尺寸或索引是浮点数（{error}）。在 Python 2 中，两个整数的 `/` 得到整数；在 Python 3 中它总是得到浮点数（7 / 2 = 3.5），而浮点数不能作为尺寸、range 或索引。整数除法请用 `//`：H_out = 1 + (H + 2 * pad - HH) // stride（stride：步幅）。</translation>
    </message>
    <message>
        <source>A size or index in your code is a float: `/` gives a float in Python 3, use `//` for sizes and indices.</source>
        <translation>你的代码中某个尺寸或索引是浮点数：在 Python 3 中 `/` 得到浮点数，尺寸和索引请用 `//`。</translation>
    </message>
    <message>
        <source>Your code is Python 2: {old} does not exist in Python 3, use {new} ({error}).</source>
        <translation>你的代码是 Python 2：Python 3 中没有 {old}，请用 {new}（{error}）。</translation>
    </message>
    <message>
        <source>This is Python 2 code: write {new} instead of {old}.</source>
        <translation>这是 Python 2 代码：请用 {new} 代替 {old}。</translation>
    </message>
    <message>
        <source>Your function unpacks the cache into {count} values, but the course&apos;s forward pass stores cache = {cache}, 4 values, and that is what is passed ({error}). Unpack those 4; compute anything else you need (like the padded input) again inside the backward pass.</source>
        <translation>你的函数把 cache 解包成 {count} 个值，但课程的前向传播存的是 cache = {cache}，4 个值，传进来的就是它（{error}）。请解包这 4 个值；其他需要的东西（比如填充后的输入）在反向传播中重新计算。</translation>
    </message>
    <message>
        <source>Your function expects its own cache of {count} items: the course passes cache = {cache}.</source>
        <translation>你的函数期望一个自己定义的 {count} 项 cache：课程传入的是 cache = {cache}。</translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>你的代码只在 pad = 0 时算错：这时像 [pad:-pad] 这样的切片是空的（-0 就是 0）；请改用 [pad:pad+H, pad:pad+W] 去掉填充。</translation>
    </message>
    <message>
        <source>Your code fails only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>你的代码只在 pad = 0 时出错：这时像 [pad:-pad] 这样的切片是空的（-0 就是 0）；请改用 [pad:pad+H, pad:pad+W] 去掉填充。</translation>
    </message>
    <message>
        <source>Your code fails when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation>你的代码在 pad = 0 时出错：请用 [pad:pad+H, pad:pad+W] 去掉填充，不要用 [pad:-pad]。</translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation>你的代码只在 pad &gt; 0 时算错：请从填充后的 x（np.pad）中取窗口，最后再去掉 dx 的填充。</translation>
    </message>
    <message>
        <source>Your code fails only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation>你的代码只在 pad &gt; 0 时出错：请从填充后的 x（np.pad）中取窗口，最后再去掉 dx 的填充。</translation>
    </message>
    <message>
        <source>Your code goes wrong only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation>你的代码只在步幅为 {stride} 时算错：输出 (i, j) 的窗口从 (i·stride, j·stride) 开始，输出有 (H + 2·pad - k) // stride + 1 行。</translation>
    </message>
    <message>
        <source>Your code fails only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation>你的代码只在步幅为 {stride} 时出错：输出 (i, j) 的窗口从 (i·stride, j·stride) 开始，输出有 (H + 2·pad - k) // stride + 1 行。</translation>
    </message>
    <message>
        <source>Your code works only on data shaped like the lesson&apos;s (one image, one channel, one filter, square): it fails on the probes&apos; several images, channels and filters and other heights and widths. A size is written as a number, an index is fixed at 0, or height and width are swapped. Take every size from the arrays (N, C, H, W = x.shape; F = w.shape[0]).</source>
        <translation>你的代码只适用于与课程数据形状相同的数据（一张图像、一个通道、一个滤波器、正方形）：在测试用例的多张图像、多个通道和滤波器以及其他高宽上失败了。某个尺寸写成了数字、某个索引固定为 0，或者高和宽写反了。请从数组中取每个尺寸（N, C, H, W = x.shape；F = w.shape[0]）。</translation>
    </message>
    <message>
        <source>shape {shape}, expected {expected}</source>
        <translation>形状 {shape}，应为 {expected}</translation>
    </message>
    <message>
        <source>Your function returns the gradients in another order: ({theirs}), where {signature} is expected. They are compared in your order here.</source>
        <translation>你的函数以另一种顺序返回梯度：({theirs})，而预期是 {signature}。这里按你的顺序比较。</translation>
    </message>
    <message>
        <source>the shapes you return fit only that order, on every call</source>
        <translation>你返回的形状在每次调用中都只符合这个顺序</translation>
    </message>
    <message>
        <source>Return the gradients in the order the course expects: return {names}.</source>
        <translation>请按课程预期的顺序返回梯度：return {names}。</translation>
    </message>
    <message>
        <source>Your {name} still has the padding border: shape {shape} where {expected} was expected (cut it off: [pad:pad+H, pad:pad+W]).</source>
        <translation>你的 {name} 还带着填充边框：形状是 {shape}，应为 {expected}（去掉它：[pad:pad+H, pad:pad+W]）。</translation>
    </message>
    <message>
        <source>on {probe}</source>
        <translation>在{probe}上</translation>
    </message>
    <message>
        <source>Your dx still has its padding border: cut it off with [pad:pad+H, pad:pad+W].</source>
        <translation>你的 dx 还带着填充边框：请用 [pad:pad+H, pad:pad+W] 去掉它。</translation>
    </message>
    <message>
        <source>Your {name} is empty when pad = 0 (shape {shape}): a slice like [pad:-pad] is [0:0] then, because -0 is 0, and keeps nothing. Cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>pad = 0 时你的 {name} 是空的（形状 {shape}）：这时像 [pad:-pad] 这样的切片就是 [0:0]，因为 -0 就是 0，什么也不保留。请改用 [pad:pad+H, pad:pad+W] 去掉填充。</translation>
    </message>
    <message>
        <source>Your dx is empty when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation>pad = 0 时你的 dx 是空的：请用 [pad:pad+H, pad:pad+W] 去掉填充，不要用 [pad:-pad]。</translation>
    </message>
    <message>
        <source>Your {name} has shape {shape} where {expected} was expected (on {probe}).</source>
        <translation>你的 {name} 形状是 {shape}，应为 {expected}（在{probe}上）。</translation>
    </message>
    <message>
        <source>your {name} on {probe}: {cells}; the closest explanation found: {closest}, still off by {error} of the largest true value</source>
        <translation>你的 {name} 在{probe}上：{cells}；找到的最接近的解释：{closest}，仍相差最大正确值的 {error}</translation>
    </message>
    <message>
        <source>is the true {name}</source>
        <translation>是正确的 {name}</translation>
    </message>
    <message>
        <source>a second call with new data {stale}; what each call adds {how}</source>
        <translation>用新数据的第二次调用{stale}；每次调用加上的部分{how}</translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed. For example dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}</source>
        <translation>你的 dw 只等于第 {count} 个位置的贡献（δ[{row},{col}] · 第 {row} 行、第 {col} 列的图块），在{probe}上：该用 `+=` 的地方用了 `=`。例如 dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}</translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed</source>
        <translation>你的 dw 只等于第 {count} 个位置的贡献（δ[{row},{col}] · 第 {row} 行、第 {col} 列的图块），在{probe}上：该用 `+=` 的地方用了 `=`</translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe)</source>
        <translation>你的 {name} {how}（在每个测试用例上）</translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe; here: {probe})</source>
        <translation>你的 {name} {how}（在每个测试用例上；这里：{probe}）</translation>
    </message>
    <message>
        <source>{error} (a tiny part)</source>
        <translation>{error}（极小的一部分）</translation>
    </message>
    <message>
        <source>yours − true, cell by cell (filter {filter}, channel {channel}: the most wrong) (3 significant digits): {rows}</source>
        <translation>你的 − 正确的，逐个单元格（滤波器 {filter}，通道 {channel}：错得最多的）（3 位有效数字）：{rows}</translation>
    </message>
    <message>
        <source>yours − true, cell by cell (3 significant digits): {rows}</source>
        <translation>你的 − 正确的，逐个单元格（3 位有效数字）：{rows}</translation>
    </message>
    <message>
        <source>{wrong} of {count} values wrong, off by up to {most}</source>
        <translation>{count} 个值中有 {wrong} 个错误，最多相差 {most}</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <source>Comparison paused: the loss overflowed</source>
        <translation>比较已暂停：损失溢出</translation>
    </message>
    <message>
        <source>Learning rate not changed</source>
        <translation>学习率未更改</translation>
    </message>
    <message>
        <source>Test not run</source>
        <translation>测试未运行</translation>
    </message>
    <message>
        <source>comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · {rate} steps/s · playing · the lesson is paused at its own step</source>
        <translation>比较共享 vs 不共享 · 第 {step} 步 · 损失 共享 {shared}，不共享 {untied} · {rate} 步/秒 · 播放中 · 课程暂停在它自己的步数</translation>
    </message>
    <message>
        <source>comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · paused · the lesson is paused at its own step</source>
        <translation>比较共享 vs 不共享 · 第 {step} 步 · 损失 共享 {shared}，不共享 {untied} · 已暂停 · 课程暂停在它自己的步数</translation>
    </message>
    <message>
        <source>step {step}   shared {shared}   untied {untied}</source>
        <translation>第 {step} 步   共享 {shared}   不共享 {untied}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>the new image</source>
        <translation>新图像</translation>
    </message>
    <message>
        <source>the {n} new images</source>
        <translation>{n} 张新图像</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent 3×3 filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>不共享（局部连接）层：每个输出位置有一个独立的 3×3 滤波器 + 偏置，每个只由它自己位置的梯度更新。方块 (i, j) 是位置 (i, j) 的滤波器；颜色刻度与目标卷积核相同，和共享滤波器一样。</translation>
    </message>
    <message>
        <source>Untied: {n} filters of {size}, one per position (each used on all {images} images) (R, G, B: three {mosaic} mosaics of {k}×{k} tiles)</source>
        <translation>不共享：{n} 个 {size} 滤波器，每个位置一个（每个都用于全部 {images} 张图像）（R、G、B：三个 {mosaic} 的拼图，由 {k}×{k} 方块组成）</translation>
    </message>
    <message>
        <source>Untied: {n} filters of {size}, one per position (R, G, B: three {mosaic} mosaics of {k}×{k} tiles)</source>
        <translation>不共享：{n} 个 {size} 滤波器，每个位置一个（R、G、B：三个 {mosaic} 的拼图，由 {k}×{k} 方块组成）</translation>
    </message>
    <message>
        <source>Untied: {n} filters, one per position (each used on all {images} images) ({mosaic} mosaic of {k}×{k} tiles)</source>
        <translation>不共享：{n} 个滤波器，每个位置一个（每个都用于全部 {images} 张图像）（{mosaic} 的拼图，由 {k}×{k} 方块组成）</translation>
    </message>
    <message>
        <source>Untied: {n} filters, one per position ({mosaic} mosaic of {k}×{k} tiles)</source>
        <translation>不共享：{n} 个滤波器，每个位置一个（{mosaic} 的拼图，由 {k}×{k} 方块组成）</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent {size} filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter in each of the three mosaics R, G and B (its three slices), on one colour scale; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>不共享（局部连接）层：每个输出位置有一个独立的 {size} 滤波器 + 偏置，每个只由它自己位置的梯度更新。方块 (i, j) 是位置 (i, j) 的滤波器，分布在 R、G、B 三个拼图中（它的三个切片），使用同一颜色刻度；颜色刻度与目标卷积核相同，和共享滤波器一样。</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent {size} filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>不共享（局部连接）层：每个输出位置有一个独立的 {size} 滤波器 + 偏置，每个只由它自己位置的梯度更新。方块 (i, j) 是位置 (i, j) 的滤波器；颜色刻度与目标卷积核相同，和共享滤波器一样。</translation>
    </message>
    <message>
        <source>a {size} + bias per position (×{positions})</source>
        <translation>每个位置一个 {size} + 偏置（×{positions}）</translation>
    </message>
    <message>
        <source>{shared} × {positions} positions</source>
        <translation>{shared} × {positions} 个位置</translation>
    </message>
    <message>
        <source>{inputs} inputs × {outputs} outputs + biases</source>
        <translation>{inputs} 个输入 × {outputs} 个输出 + 偏置</translation>
    </message>
    <message>
        <source>{inputs} pixels × {outputs} outputs + biases</source>
        <translation>{inputs} 个像素 × {outputs} 个输出 + 偏置</translation>
    </message>
    <message>
        <source>Parameters for {shape}</source>
        <translation>{shape} 的参数</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>one {size} + bias for all positions</source>
        <translation>所有位置共用一个 {size} + 偏置</translation>
    </message>
    <message>
        <source>untied</source>
        <translation>不共享</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <source>The loss L on the training image before each update, for both layers, log scale. Both start as the same function (the same start filter at every position).</source>
        <translation>两层在训练图像上每次更新前的损失 L，对数刻度。两者开始时是同一个函数（每个位置的初始滤波器相同）。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>shared ({n} parameters)</source>
        <translation>共享（{n} 个参数）</translation>
    </message>
    <message>
        <source>untied ({n} parameters)</source>
        <translation>不共享（{n} 个参数）</translation>
    </message>
    <message>
        <source>Loss L on the training image (log scale)</source>
        <translation>训练图像上的损失 L（对数刻度）</translation>
    </message>
    <message>
        <source>Loss L on the {n} training images (log scale)</source>
        <translation>{n} 张训练图像上的损失 L（对数刻度）</translation>
    </message>
    <message>
        <source>The loss L on the {n} training images before each update, for both layers, log scale. Both start as the same function (the same start filter at every position).</source>
        <translation>两层在 {n} 张训练图像上每次更新前的损失 L，对数刻度。两者开始时是同一个函数（每个位置的初始滤波器相同）。</translation>
    </message>
    <message>
        <source>step {step}: shared L = {shared} · untied L = {untied}</source>
        <translation>第 {step} 步：共享 L = {shared} · 不共享 L = {untied}</translation>
    </message>
    <message>
        <source>The image the layers are tested on: they were never trained on it.</source>
        <translation>用来测试两层的图像：它们从未在这张图像上训练过。</translation>
    </message>
    <message>
        <source>On the test image, on the colour scale of the target there.</source>
        <translation>在测试图像上，使用那里目标的颜色刻度。</translation>
    </message>
    <message>
        <source>Shared vs untied: what weight sharing buys</source>
        <translation>共享 vs 不共享：权重共享带来什么</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Train both layers, one update each per step (Space)</source>
        <translation>训练两层，每步各更新一次（Space）</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>单步 ▸</translation>
    </message>
    <message>
        <source>One update of each layer (Right)</source>
        <translation>每层更新一次（Right）</translation>
    </message>
    <message>
        <source>Reset both</source>
        <translation>两者都重置</translation>
    </message>
    <message>
        <source>Both layers back to step 0: the same start filter (R)</source>
        <translation>两层都回到第 0 步：相同的初始滤波器（R）</translation>
    </message>
    <message>
        <source>untied lr</source>
        <translation>不共享 lr</translation>
    </message>
    <message>
        <source>Leave comparison</source>
        <translation>退出比较</translation>
    </message>
    <message>
        <source>Back to the lesson, where it was paused (C or Esc)</source>
        <translation>回到课程暂停的位置（C 或 Esc）</translation>
    </message>
    <message>
        <source>Generalisation test</source>
        <translation>泛化测试</translation>
    </message>
    <message>
        <source>An image neither layer was trained on: the training image moved, or a bundled sample at the same size</source>
        <translation>两层都没有训练过的图像：平移后的训练图像，或同样大小的内置示例图像</translation>
    </message>
    <message>
        <source>Test on a new image</source>
        <translation>在新图像上测试</translation>
    </message>
    <message>
        <source>Apply both trained layers to the chosen image and score them against the target there (nothing is trained). The errors are also printed.</source>
        <translation>将两层训练好的网络应用到所选图像，并与那里的目标比较评分（不进行训练）。误差也会打印出来。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>step {step} · loss: shared {shared}, untied {untied}</source>
        <translation>第 {step} 步 · 损失：共享 {shared}，不共享 {untied}</translation>
    </message>
    <message>
        <source>Same image, target ({target}), loss ({reduction}) and optimizer ({optimizer}); both start from the same filter (the untied layer has it at every position). Learning rate: shared {lr} (the lesson&apos;s), untied {untied_lr}.</source>
        <translation>相同的图像、目标（{target}）、损失（{reduction}）和优化器（{optimizer}）；两者都从同一个滤波器开始（不共享层在每个位置都有它）。学习率：共享 {lr}（课程的），不共享 {untied_lr}。</translation>
    </message>
    <message>
        <source>Same {n} images, target ({target}), loss ({reduction}) and optimizer ({optimizer}); both start from the same filter (the untied layer has it at every position). Learning rate: shared {lr} (the lesson&apos;s), untied {untied_lr}.</source>
        <translation>相同的 {n} 张图像、目标（{target}）、损失（{reduction}）和优化器（{optimizer}）；两者都从同一个滤波器开始（不共享层在每个位置都有它）。学习率：共享 {lr}（课程的），不共享 {untied_lr}。</translation>
    </message>
    <message>
        <source>The lesson&apos;s run is paused while comparing and gets nothing back.</source>
        <translation>比较期间课程的训练暂停，且不会得到任何返回结果。</translation>
    </message>
    <message>
        <source>Shared: ONE {size} filter for all {total} positions ({n} images × {per_image})</source>
        <translation>共享：全部 {total} 个位置只用一个 {size} 滤波器（{n} 张图像 × {per_image}）</translation>
    </message>
    <message>
        <source>Shared: ONE {size} filter for all {total} positions</source>
        <translation>共享：全部 {total} 个位置只用一个 {size} 滤波器</translation>
    </message>
    <message>
        <source>Apply both trained layers to an image they never saw, and compare with the target there.</source>
        <translation>将两层训练好的网络应用到它们从未见过的图像上，并与那里的目标比较。</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>新图像</translation>
    </message>
    <message>
        <source>Target there</source>
        <translation>那里的目标</translation>
    </message>
    <message>
        <source>Shared output there</source>
        <translation>那里的共享输出</translation>
    </message>
    <message>
        <source>Untied output there</source>
        <translation>那里的不共享输出</translation>
    </message>
    <message>
        <source>error (loss) on {what}: shared {shared}, untied {untied}</source>
        <translation>{what}上的误差（损失）：共享 {shared}，不共享 {untied}</translation>
    </message>
    <message>
        <source>tested on: {label}</source>
        <translation>测试图像：{label}</translation>
    </message>
    <message>
        <source>(&lt;b&gt;both ≈ 0&lt;/b&gt;: round-off, no difference to see)</source>
        <translation>（&lt;b&gt;两者都 ≈ 0&lt;/b&gt;：舍入误差，看不出差别）</translation>
    </message>
    <message>
        <source>(&lt;b&gt;{ratio}&lt;/b&gt; worse)</source>
        <translation>（差 &lt;b&gt;{ratio}&lt;/b&gt;）</translation>
    </message>
    <message>
        <source>(the untied layer does better here)</source>
        <translation>（不共享层在这里表现更好）</translation>
    </message>
    <message>
        <source>error (loss) on {what}:&lt;br&gt;shared {shared}, untied {untied}</source>
        <translation>{what}上的误差（损失）：&lt;br&gt;共享 {shared}，不共享 {untied}</translation>
    </message>
    <message>
        <source>on the training images: shared {shared}, untied {untied}</source>
        <translation>在训练图像上：共享 {shared}，不共享 {untied}</translation>
    </message>
    <message>
        <source>on the training image: shared {shared}, untied {untied}</source>
        <translation>在训练图像上：共享 {shared}，不共享 {untied}</translation>
    </message>
    <message>
        <source>New image ({label})</source>
        <translation>新图像（{label}）</translation>
    </message>
    <message>
        <source>New image, the first of {n} ({label})</source>
        <translation>新图像，{n} 张中的第一张（{label}）</translation>
    </message>
    <message>
        <source>Target there (the right answer)</source>
        <translation>那里的目标（正确答案）</translation>
    </message>
    <message>
        <source>scale {low} … {high} (all three)</source>
        <translation>刻度 {low} … {high}（三者相同）</translation>
    </message>
    <message>
        <source>Shared filter&apos;s output there</source>
        <translation>那里的共享滤波器输出</translation>
    </message>
    <message>
        <source>error (loss) {value}</source>
        <translation>误差（损失）{value}</translation>
    </message>
    <message>
        <source>error (loss) (all {n}) {value}</source>
        <translation>误差（损失）（全部 {n} 张）{value}</translation>
    </message>
    <message>
        <source>Untied layer&apos;s output there</source>
        <translation>那里的不共享层输出</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Learning rate of the untied layer only. Each untied weight is moved by ONE position&apos;s gradient, while the shared weight is moved by the SUM of all P positions&apos; gradients (900 for one 32×32 image), so with the lesson&apos;s learning rate the untied layer would barely move, and it stays stable at rates hundreds of times higher. The default, 10× the lesson&apos;s, is a rule of thumb, not an equivalent rate: it makes the untied filters move visibly without tuning. Whether the untied layer then fits its training image faster or slower than the shared filter depends on this rate and the image (on the default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves.</source>
        <translation>仅用于不共享层的学习率。每个不共享的权重只由一个位置的梯度移动，而共享的权重由全部 P 个位置梯度之和移动（一张 32×32 图像为 900 个），因此用课程的学习率，不共享层几乎不动，而且在高出数百倍的学习率下仍然稳定。默认值为课程学习率的 10×，这是经验法则，并非等效的学习率：它让不共享的滤波器无需调参就能明显移动。不共享层拟合训练图像比共享滤波器快还是慢，取决于这个学习率和图像（在默认课程中它起步较慢，大约 400 步后反超）：请比较两条损失曲线。</translation>
    </message>
    <message>
        <source>Learning rate of the untied layer only. Each untied weight is moved by ONE position&apos;s gradient, while the shared weight is moved by the SUM of all P positions&apos; gradients ({positions} in this lesson; 900 for one 32×32 image with the 3×3 valid filter), so with the lesson&apos;s learning rate the untied layer would barely move, and it stays stable at rates hundreds of times higher. The default, 10× the lesson&apos;s, is a rule of thumb, not an equivalent rate: it makes the untied filters move visibly without tuning. Whether the untied layer then fits its training image faster or slower than the shared filter depends on this rate and the image (on the default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves.</source>
        <translation>仅用于不共享层的学习率。每个不共享的权重只由一个位置的梯度移动，而共享的权重由全部 P 个位置梯度之和移动（本课程为 {positions} 个；一张 32×32 图像配 3×3 valid 滤波器为 900 个），因此用课程的学习率，不共享层几乎不动，而且在高出数百倍的学习率下仍然稳定。默认值为课程学习率的 10×，这是经验法则，并非等效的学习率：它让不共享的滤波器无需调参就能明显移动。不共享层拟合训练图像比共享滤波器快还是慢，取决于这个学习率和图像（在默认课程中它起步较慢，大约 400 步后反超）：请比较两条损失曲线。</translation>
    </message>
    <message>
        <source>this image, moved {dx} px right and {dy} px down</source>
        <translation>此图像，向右移动 {dx} px、向下移动 {dy} px</translation>
    </message>
    <message>
        <source>these {n} images, moved {dx} px right and {dy} px down</source>
        <translation>这 {n} 张图像，向右移动 {dx} px、向下移动 {dy} px</translation>
    </message>
    <message>
        <source>sample: {name}</source>
        <translation>示例：{name}</translation>
    </message>
    <message>
        <source>The shared filter: {message}</source>
        <translation>共享的滤波器：{message}</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image; the shared filter learned the kernel itself, so it works on any image.</source>
        <translation>每个不共享的滤波器只学到了训练图像中它自己那一块；共享的滤波器学到了卷积核本身，所以对任何图像都有效。</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images; the shared filter learned the kernel itself, so it works on any image.</source>
        <translation>每个不共享的滤波器只学到了 {n} 张训练图像中它自己位置上的那些块；共享的滤波器学到了卷积核本身，所以对任何图像都有效。</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image. The shared filter has not learned the kernel: this image&apos;s patches do not span all {directions} directions (e.g. stripes, a gradient), so many filters fit it equally well, and one of them that is not the kernel can fail on another image.</source>
        <translation>每个不共享的滤波器只学到了训练图像中它自己那一块。共享的滤波器没有学到卷积核：此图像的图块没有张成全部 {directions} 个方向（例如条纹、亮度梯度），所以许多滤波器拟合得一样好，其中不是该卷积核的那个可能在另一张图像上失效。</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images. The shared filter has not learned the kernel: this image&apos;s patches do not span all {directions} directions (e.g. stripes, a gradient), so many filters fit it equally well, and one of them that is not the kernel can fail on another image.</source>
        <translation>每个不共享的滤波器只学到了 {n} 张训练图像中它自己位置上的那些块。共享的滤波器没有学到卷积核：此图像的图块没有张成全部 {directions} 个方向（例如条纹、亮度梯度），所以许多滤波器拟合得一样好，其中不是该卷积核的那个可能在另一张图像上失效。</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image. The shared filter is not at the kernel yet (largest weight error {error}): train longer.</source>
        <translation>每个不共享的滤波器只学到了训练图像中它自己那一块。共享的滤波器还没有到达卷积核（最大权重误差 {error}）：请继续训练。</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images. The shared filter is not at the kernel yet (largest weight error {error}): train longer.</source>
        <translation>每个不共享的滤波器只学到了 {n} 张训练图像中它自己位置上的那些块。共享的滤波器还没有到达卷积核（最大权重误差 {error}）：请继续训练。</translation>
    </message>
    <message>
        <source>both ≈ 0, round-off</source>
        <translation>两者 ≈ 0，舍入误差</translation>
    </message>
    <message>
        <source>untied {ratio}x worse</source>
        <translation>不共享差 {ratio}x</translation>
    </message>
    <message>
        <source>shared {ratio}x worse</source>
        <translation>共享差 {ratio}x</translation>
    </message>
    <message>
        <source>untied exact</source>
        <translation>不共享完全精确</translation>
    </message>
    <message>
        <source>generalisation on {test} after {steps} steps: shared loss {shared}, untied loss {untied} ({verdict})</source>
        <translation>{steps} 步之后的泛化，测试图像为「{test}」：共享损失 {shared}，不共享损失 {untied}（{verdict}）</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>1 position/s</source>
        <translation>1 个位置/秒</translation>
    </message>
    <message>
        <source>{n} positions/s</source>
        <translation>{n} 个位置/秒</translation>
    </message>
    <message>
        <source>1 update/s</source>
        <translation>1 次更新/秒</translation>
    </message>
    <message>
        <source>{n} updates/s</source>
        <translation>{n} 次更新/秒</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>开始或暂停训练（Space）</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>单步 ▸</translation>
    </message>
    <message>
        <source>Take one update: forward, sum the gradient over all positions, apply it (Right)</source>
        <translation>执行一次更新：前向计算，对所有位置的梯度求和，然后应用（Right）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to step 0 with the same initial weights (R)</source>
        <translation>回到第 0 步，使用相同的初始权重（R）</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Back to step 0 with new random initial weights (Shift+R)</source>
        <translation>回到第 0 步，使用新的随机初始权重（Shift+R）</translation>
    </message>
    <message>
        <source>Step through backprop…</source>
        <translation>逐步演示反向传播…</translation>
    </message>
    <message>
        <source>Pause and watch one backward pass add every position&apos;s contribution into the one gradient buffer, position by position (B)</source>
        <translation>暂停，并逐个位置观看一遍反向传播如何把每个位置的贡献加到同一个梯度缓冲区（B）</translation>
    </message>
    <message>
        <source>Compare shared vs untied…</source>
        <translation>比较共享与不共享…</translation>
    </message>
    <message>
        <source>Pause and train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw (C)</source>
        <translation>暂停，把共享的滤波器（10 个参数）与每个位置各一个滤波器（9,000 个参数）并排训练，然后在一张没见过的图像上测试两者（C）</translation>
    </message>
    <message>
        <source>Updates per second, from 1 to full speed</source>
        <translation>每秒更新次数，从 1 到全速</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>A bundled sample image (File &gt; Open Image… for your own, Ctrl+O)</source>
        <translation>自带的示例图像（自己的图像用 文件 &gt; 打开图像…，Ctrl+O）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Which image of the batch the maps show (the gradient sums over all)</source>
        <translation>各图显示批量中的哪一张图像（梯度对所有图像求和）</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>显示图像</translation>
    </message>
    <message>
        <source>typed…</source>
        <translation>手动输入…</translation>
    </message>
    <message>
        <source>The kernel the filter should learn</source>
        <translation>滤波器要学习的卷积核</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>k: the filter is k×k (1 to {max}), k·k weights per channel + 1 bias. A 3×3 target is kept centred in zeros (the arrows step through the odd sizes); for another size type the target. Changing it starts the lesson again.</source>
        <translation>k：滤波器为 k×k（1 到 {max}），每个通道 k·k 个权重 + 1 个偏置。3×3 的目标会居中并用零补齐（箭头按奇数大小调整）；其他大小请手动输入目标。修改后课程重新开始。</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>s: pixels the filter moves between positions; the output is (H + 2p − k)//s + 1 per side (stride 2: about a quarter of the positions). Starts the lesson again.</source>
        <translation>s：滤波器在相邻位置之间移动的像素数；每边输出 (H + 2p − k)//s + 1（步幅 2：约四分之一的位置）。课程重新开始。</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>p: zeros around the image. valid: none; same: (k−1)/2, the output keeps the image&apos;s size (odd k, stride 1); full: k−1; or type a number of pixels. Starts the lesson again.</source>
        <translation>p：图像四周补零。valid：不填充；same：(k−1)/2，输出保持图像大小（k 为奇数，步幅 1）；full：k−1；或输入像素数。课程重新开始。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>R, G, B channels</source>
        <translation>R、G、B 通道</translation>
    </message>
    <message>
        <source>Keep the image&apos;s colour: one k×k×3 filter (3·k·k weights + 1 bias) still makes ONE output map; the target is the kernel on the luminance 0.299 R + 0.587 G + 0.114 B. Meaningful with a colour image, e.g. the colour-shapes sample. Starts the lesson again.</source>
        <translation>保留图像的颜色：一个 k×k×3 滤波器（3·k·k 个权重 + 1 个偏置）仍然只产生一张输出图；目标是卷积核作用于亮度 0.299 R + 0.587 G + 0.114 B。适用于彩色图像，例如示例 colour-shapes。课程重新开始。</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate: w ← w − lr × buffer. Arrows double or halve it.</source>
        <translation>学习率：w ← w − lr × 缓冲区。箭头使其加倍或减半。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>μ, used by the momentum optimizer only</source>
        <translation>μ，仅用于 momentum 优化器</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>动量 μ</translation>
    </message>
    <message>
        <source>Loss reduction</source>
        <translation>损失归约</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space play/pause · → step · + − speed&lt;br&gt;R reset · Shift+R new start&lt;br&gt;B step-through: ← → Home End&lt;br&gt;C compare shared vs untied&lt;br&gt;T guided tour: PgDn PgUp Esc&lt;br&gt;Ctrl+O open image · Ctrl+S save lesson&lt;br&gt;Ctrl+E export · F11 presenter · F1 about</source>
        <translation>&lt;b&gt;按键&lt;/b&gt;&lt;br&gt;Space 播放/暂停 · → 单步 · + − 速度&lt;br&gt;R 重置 · Shift+R 重新开始&lt;br&gt;B 逐步演示：← → Home End&lt;br&gt;C 比较共享与不共享&lt;br&gt;T 导览：PgDn PgUp Esc&lt;br&gt;Ctrl+O 打开图像 · Ctrl+S 保存课程&lt;br&gt;Ctrl+E 导出 · F11 演示 · F1 关于</translation>
    </message>
    <message>
        <source>Learning rate: v ← μv + buffer, then w ← w − lr·v. Arrows double or halve it.</source>
        <translation>学习率：v ← μv + 缓冲区，然后 w ← w − lr·v。箭头使其加倍或减半。</translation>
    </message>
    <message>
        <source>sgd: w ← w − lr·buffer;  momentum: v ← μv + buffer, w ← w − lr·v (now: {optimizer})</source>
        <translation>sgd：w ← w − lr·缓冲区；momentum：v ← μv + 缓冲区，w ← w − lr·v（当前：{optimizer}）</translation>
    </message>
    <message>
        <source>sum: {loss}, as in the lesson; mean: the same divided by P, the number of positions of every image (N × positions for a batch of N). Now: {reduction}, so {delta}.</source>
        <translation>sum：{loss}，与课程一致；mean：同一值除以 P，即所有图像的位置总数（N 张图像的批量为 N × 位置数）。当前：{reduction}，因此 {delta}。</translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now identity: a = y = w·patch + b.</source>
        <translation>作用于输出图的激活函数 f（目标也同样使用）。当前 identity：a = y = w·patch + b。</translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now {activation}: a = f(w·patch + b), and δ = ∂L/∂y = 2(a − T)·f′(y){per}.</source>
        <translation>作用于输出图的激活函数 f（目标也同样使用）。当前 {activation}：a = f(w·patch + b)，且 δ = ∂L/∂y = 2(a − T)·f′(y){per}。</translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation> / {n}</translation>
    </message>
    <message>
        <source>Type a {k}x{k} target kernel: rows separated by &apos;;&apos;, values by &apos;,&apos;. Enter applies; a kernel of another size changes the filter&apos;s size (a new lesson).</source>
        <translation>输入一个 {k}x{k} 目标卷积核：行之间用 &apos;;&apos; 分隔，数值之间用 &apos;,&apos;。按 Enter 应用；其他大小的卷积核会改变滤波器的大小（新的课程）。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
</context>
<context>
    <name>Conv</name>
    <message>
        <source>&apos;same&apos; padding keeps the image&apos;s size only for an odd filter at stride 1, not with an even {k}x{k} filter; give a number of pixels instead</source>
        <translation>填充 &apos;same&apos; 只有在奇数大小的滤波器、步幅为 1 时才能保持图像大小，偶数的 {k}x{k} 滤波器不行；请改为给出像素数</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding keeps the image&apos;s size only for an odd filter at stride 1, not with stride {stride}; give a number of pixels instead</source>
        <translation>填充 &apos;same&apos; 只有在奇数大小的滤波器、步幅为 1 时才能保持图像大小，步幅 {stride} 不行；请改为给出像素数</translation>
    </message>
    <message>
        <source>padding must be valid, same, full or a whole number of pixels, got {value}</source>
        <translation>填充必须是 valid、same、full 或整数个像素，收到的是 {value}</translation>
    </message>
    <message>
        <source>padding must be valid, same, full or a whole number of pixels &gt;= 0, got {value}</source>
        <translation>填充必须是 valid、same、full 或 &gt;= 0 的整数个像素，收到的是 {value}</translation>
    </message>
    <message>
        <source>the kernel size must be a whole number &gt;= 1, got {value}</source>
        <translation>卷积核大小必须是 &gt;= 1 的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>the stride must be a whole number &gt;= 1, got {value}</source>
        <translation>步幅必须是 &gt;= 1 的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>the padding must be a whole number of pixels &gt;= 0, got {value}</source>
        <translation>填充必须是 &gt;= 0 的整数个像素，收到的是 {value}</translation>
    </message>
    <message>
        <source>image {w}x{h} is smaller than the {k}x{k} filter (the {wp}x{hp} padded image)</source>
        <translation>图像 {w}x{h} 小于 {k}x{k} 滤波器（填充后的图像为 {wp}x{hp}）</translation>
    </message>
    <message>
        <source>image {w}x{h} is smaller than the {k}x{k} filter</source>
        <translation>图像 {w}x{h} 小于 {k}x{k} 滤波器</translation>
    </message>
    <message>
        <source>stride {stride} is larger than the {wp}x{hp} padded image: the filter would move off it after one position</source>
        <translation>步幅 {stride} 大于填充后 {wp}x{hp} 的图像：滤波器移动一个位置后就会移出图像</translation>
    </message>
    <message>
        <source>stride {stride} is larger than the {wp}x{hp} image: the filter would move off it after one position</source>
        <translation>步幅 {stride} 大于 {wp}x{hp} 的图像：滤波器移动一个位置后就会移出图像</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>cnnviz guided tour: one shared 3×3 filter ({name})</source>
        <translation>cnnviz 导览：一个共享的 3×3 滤波器（{name}）</translation>
    </message>
    <message>
        <source>the tour could not start</source>
        <translation>导览无法开始</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: a name starting with &apos;.&apos; would be a hidden folder</source>
        <translation>无法把幻灯片写入 {path}：以 &apos;.&apos; 开头的名称会成为隐藏文件夹</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: it is a file</source>
        <translation>无法把幻灯片写入 {path}：它是一个文件</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: the folder holds other files ({names}); choose an empty or new folder</source>
        <translation>无法把幻灯片写入 {path}：该文件夹含有其他文件（{names}）；请选择空文件夹或新文件夹</translation>
    </message>
    <message>
        <source>Rendering the tour&apos;s chapters…</source>
        <translation>正在绘制导览的各章节…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export the tour as slides (.pdf; no extension: a folder of PNGs)</source>
        <translation>将导览导出为幻灯片（.pdf；无扩展名：PNG 文件夹）</translation>
    </message>
    <message>
        <source>PDF slides (*.pdf);;PNG slides in a folder (*)</source>
        <translation>PDF 幻灯片 (*.pdf);;文件夹中的 PNG 幻灯片 (*)</translation>
    </message>
    <message>
        <source>Slides not exported</source>
        <translation>幻灯片未导出</translation>
    </message>
    <message>
        <source>slides not exported: cancelled</source>
        <translation>幻灯片未导出：已取消</translation>
    </message>
    <message>
        <source>wrote {count} slides to {path}</source>
        <translation>已将 {count} 张幻灯片写入 {path}</translation>
    </message>
</context>
<context>
    <name>Encoders</name>
    <message>
        <source>no frames to write</source>
        <translation>没有可写入的帧</translation>
    </message>
    <message>
        <source>writing MP4 needs PyAV: {extra}</source>
        <translation>写入 MP4 需要 PyAV：{extra}</translation>
    </message>
    <message>
        <source>this PyAV has no H.264 encoder (libx264); reinstall it with {extra}</source>
        <translation>此 PyAV 没有 H.264 编码器（libx264）；请用 {extra} 重新安装</translation>
    </message>
    <message>
        <source>an MP4 of {width}x{height} pixels is larger than video players accept (at most 4096x2304 or the same area)</source>
        <translation>{width}x{height} 像素的 MP4 超出了视频播放器能接受的大小（最大 4096x2304 或相同面积）</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>The error map δ = ∂L/∂y at every position (for the sum of squares, 2·(y − T)). Each δ multiplies its 3x3 patch and is ADDED into the one gradient buffer.</source>
        <translation>误差图 δ = ∂L/∂y，每个位置一个值（对平方和而言为 2·(y − T)）。每个 δ 乘以它的 3x3 图块，并累加到唯一的梯度缓冲区中。</translation>
    </message>
    <message>
        <source>Error map δ = ∂L/∂y ({size})</source>
        <translation>误差图 δ = ∂L/∂y（{size}）</translation>
    </message>
    <message>
        <source>The error map δ = ∂L/∂y at every position, with y = w · patch + b: {formula}. Each δ multiplies its patch and is ADDED into the one gradient buffer.</source>
        <translation>误差图 δ = ∂L/∂y，每个位置一个值，其中 y = w · patch + b：{formula}。每个 δ 乘以它的图块，并累加到唯一的梯度缓冲区中。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cnnviz: internal error: {error}</source>
        <translation>cnnviz：内部错误：{error}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. The app carries on; if it looks wrong, press R to reset.</source>
        <translation>出现问题：{error}。应用会继续运行；如果显示不对，请按 R 重置。</translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>错误：{error}</translation>
    </message>
    <message>
        <source>cnnviz: internal error</source>
        <translation>cnnviz：内部错误</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>scale must be a whole number in 1..{high}, not {scale}</source>
        <translation>缩放必须是 1..{high} 中的整数，而不是 {scale}</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot export {path}: use .png or .svg</source>
        <translation>无法导出 {path}：请使用 .png 或 .svg</translation>
    </message>
    <message>
        <source>overwritten after {count} of {P} positions</source>
        <translation>{P} 个位置中的 {count} 个之后被覆盖</translation>
    </message>
    <message>
        <source>running sum after {count} of {P} positions</source>
        <translation>{P} 个位置中的 {count} 个之后的累加和</translation>
    </message>
    <message>
        <source>, after {count} of {P} positions</source>
        <translation>，{P} 个位置中的 {count} 个之后</translation>
    </message>
    <message>
        <source>a slide needs at least one panel</source>
        <translation>幻灯片至少需要一个面板</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {names}</source>
        <translation>未知面板 {name}；请从 {names} 中选择</translation>
    </message>
    <message>
        <source>sample image &apos;{name}&apos;</source>
        <translation>示例图像 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>One shared {size} filter learning {target}</source>
        <translation>一个共享的 {size} 滤波器学习 {target}</translation>
    </message>
    <message>
        <source>{optimizer}, mean of squared errors</source>
        <translation>{optimizer}，平方误差的均值</translation>
    </message>
    <message>
        <source>{optimizer}, sum of squared errors</source>
        <translation>{optimizer}，平方误差之和</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>损失 {loss}</translation>
    </message>
    <message>
        <source>an animation needs at least 1 frame</source>
        <translation>动画至少需要 1 帧</translation>
    </message>
    <message>
        <source>frames must be at least 1 update apart</source>
        <translation>帧之间至少要相隔 1 次更新</translation>
    </message>
    <message>
        <source>{error} (at frame {i} of {n}; nothing was written)</source>
        <translation>{error}（在第 {i} 帧，共 {n} 帧；未写入任何内容）</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: a name starting with &apos;.&apos; would be a hidden folder; name the folder (e.g. frames/) or the file (e.g. pass.gif)</source>
        <translation>无法把帧写入 {path}：以 &apos;.&apos; 开头的名称会是隐藏文件夹；请为文件夹（例如 frames/）或文件（例如 pass.gif）命名</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it is a file</source>
        <translation>无法把帧写入 {path}：它是一个文件</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it holds other files ({name} and {n} more); choose a new or empty folder</source>
        <translation>无法把帧写入 {path}：其中有其他文件（{name} 及另外 {n} 个）；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it holds other files ({name}); choose a new or empty folder</source>
        <translation>无法把帧写入 {path}：其中有其他文件（{name}）；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: the folder {parent} is not writable</source>
        <translation>无法把帧写入 {path}：文件夹 {parent} 不可写</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: {reason}</source>
        <translation>无法把帧写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot write an animation to {path}: use .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>无法把动画写入 {path}：请使用 .gif、.mp4，或用文件夹（无扩展名）保存 PNG 帧</translation>
    </message>
    <message>
        <source>; use a scale of {scale} or less</source>
        <translation>；请使用 {scale} 或更小的缩放</translation>
    </message>
</context>
<context>
    <name>ExportCLI</name>
    <message>
        <source>Export a figure or an animation of the lesson without opening a window. The lesson is trained
for --steps updates first; with the same options (and --seed) the file is the same every run.

The format follows the extension of --out FILE:
  .png   the window, a panel or a slide as an image, at --scale 1-4 (cells stay crisp)
  .svg   the same as vectors (text and frames), with the cell images embedded
  .gif   an animation: &apos;train&apos; = one frame every --every updates, --frames frames in all;
         &apos;pass&apos; = one backward pass position by position, sub-sampled to at most --frames
  .mp4   the same animation as H.264 video (plays in PowerPoint, Keynote, Google Slides and
         browsers; needs PyAV: pip install &quot;cnnviz[video]&quot;)
  a folder (no extension, e.g. frames/): the animation as frame_0001.png, frame_0002.png, ...

--panel compare (a still): the shared filter (10 parameters for 3x3 grey; any layer) and the
untied layer (one filter per position, its learning rate 10x --lr) both trained from the seeded
start for --steps, then tested on --test-image; both errors are printed.
</source>
        <translation>不打开窗口，导出课程的图或动画。课程先训练 --steps 次更新；选项（和 --seed）相同时，每次运行得到的文件都相同。

格式由 --out 文件 的扩展名决定：
  .png   窗口、一个面板或一张幻灯片的图像，--scale 1-4（单元格保持清晰）
  .svg   同样的内容，矢量格式（文字和边框），单元格图像嵌入其中
  .gif   动画：&apos;train&apos; = 每 --every 次更新一帧，共 --frames 帧；
         &apos;pass&apos; = 逐个位置的一遍反向传播，抽样为最多 --frames 帧
  .mp4   同样的动画，H.264 视频（可在 PowerPoint、Keynote、Google Slides 和浏览器中播放；
         需要 PyAV：pip install &quot;cnnviz[video]&quot;）
  文件夹（无扩展名，例如 frames/）：动画保存为 frame_0001.png、frame_0002.png……

--panel compare（静态图）：共享的滤波器（3x3 灰度为 10 个参数；任意层）和不共享层（每个位置一个
滤波器，学习率为 10x --lr）都从带随机种子的起点训练 --steps 步，然后在 --test-image 上测试；
两者的误差都会打印出来。
</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整数</translation>
    </message>
    <message>
        <source>{text} is outside {low}..{high}</source>
        <translation>{text} 不在 {low}..{high} 之内</translation>
    </message>
    <message>
        <source>{text} must be 1 or more</source>
        <translation>{text} 必须大于或等于 1</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>updates to train before exporting (default 0)</source>
        <translation>导出前训练的更新次数（默认 0）</translation>
    </message>
    <message>
        <source>also save the lesson (after training and any animation) to continue it later</source>
        <translation>同时保存课程（在训练和动画之后），以便以后继续</translation>
    </message>
    <message>
        <source>the file to write: .png, .svg, .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>要写入的文件：.png、.svg、.gif、.mp4，或用于 PNG 帧的文件夹（无扩展名）</translation>
    </message>
    <message>
        <source>what to export: window (default), slide, or one panel: {panels}. In animations &apos;window&apos; means the window&apos;s panels (the controls do not move)</source>
        <translation>要导出的内容：window（默认）、slide，或一个面板：{panels}。在动画中 &apos;window&apos; 指窗口的各个面板（控件不动）</translation>
    </message>
    <message>
        <source>PNG and GIF pixels per screen pixel, 1-4 (default 1); a slide is always 1920x1080</source>
        <translation>每个屏幕像素对应的 PNG 和 GIF 像素数，1-4（默认 1）；幻灯片总是 1920x1080</translation>
    </message>
    <message>
        <source>dark (as on screen, default) or light (white background, for slides and print; the default for --deck)</source>
        <translation>dark（与屏幕相同，默认）或 light（白色背景，用于幻灯片和打印；--deck 的默认值）</translation>
    </message>
    <message>
        <source>show the step-through state after P positions (0..number of positions): the receptive field at position P, the running buffer (changed cells framed) and dx so far. With an animation: a &apos;pass&apos; from 0 to P positions</source>
        <translation>显示 P 个位置之后的逐步演示状态（0..位置数）：位置 P 的感受野、累加中的缓冲区（改变的单元格加框）和到此为止的 dx。用于动画时：从 0 到 P 个位置的一个 &apos;pass&apos;</translation>
    </message>
    <message>
        <source>the panels on a slide, in order (default {panels})</source>
        <translation>幻灯片上的面板，按顺序（默认 {panels}）</translation>
    </message>
    <message>
        <source>the slide&apos;s title (default: what the filter learns)</source>
        <translation>幻灯片的标题（默认：滤波器学习的内容）</translation>
    </message>
    <message>
        <source>--panel compare: the generalisation test image, &apos;shifted&apos; (the image moved 3 px, default) or a bundled sample&apos;s name</source>
        <translation>--panel compare：泛化测试图像，&apos;shifted&apos;（图像移动 3 px，默认）或自带示例的名称</translation>
    </message>
    <message>
        <source>the guided tour as slides</source>
        <translation>导览导出为幻灯片</translation>
    </message>
    <message>
        <source>export the tour: --out FILE.pdf (16:9, one page per chapter, its text selectable) or --out FOLDER/ (one 1920x1080 PNG per chapter)</source>
        <translation>导出导览：--out 文件.pdf（16:9，每章一页，文字可选取）或 --out 文件夹/（每章一张 1920x1080 PNG）</translation>
    </message>
    <message>
        <source>--deck: a tour script of your own (TOML)</source>
        <translation>--deck：你自己的导览脚本（TOML）</translation>
    </message>
    <message>
        <source>animations (.gif, .mp4 or a folder)</source>
        <translation>动画（.gif、.mp4 或文件夹）</translation>
    </message>
    <message>
        <source>train: frames of training; pass: one backward pass position by position (default: pass with --position, else train)</source>
        <translation>train：训练过程的帧；pass：逐个位置的一遍反向传播（默认：有 --position 时为 pass，否则为 train）</translation>
    </message>
    <message>
        <source>number of frames, 1..{max} (default 50); &apos;pass&apos; uses at most N</source>
        <translation>帧数，1..{max}（默认 50）；&apos;pass&apos; 最多使用 N 帧</translation>
    </message>
    <message>
        <source>updates between frames in &apos;train&apos; mode (default 10)</source>
        <translation>&apos;train&apos; 模式下两帧之间的更新次数（默认 10）</translation>
    </message>
    <message>
        <source>how long each frame shows, in milliseconds (default 100; the MP4&apos;s frame rate is 1000/MS)</source>
        <translation>每帧显示的时长，单位毫秒（默认 100；MP4 的帧率为 1000/MS）</translation>
    </message>
    <message>
        <source>cannot export to {path}: use .png, .svg, .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>无法导出到 {path}：请使用 .png、.svg、.gif、.mp4，或用于 PNG 帧的文件夹（无扩展名）</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {choices}</source>
        <translation>未知的面板 {name}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>--scale applies to PNG and GIF; SVG is vector</source>
        <translation>--scale 适用于 PNG 和 GIF；SVG 是矢量格式</translation>
    </message>
    <message>
        <source>--scale does not apply to a slide: it is always 1920x1080</source>
        <translation>--scale 不适用于幻灯片：它总是 1920x1080</translation>
    </message>
    <message>
        <source>unknown slide panel {names}; choose from {choices}</source>
        <translation>未知的幻灯片面板 {names}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>unknown slide panel (none given); choose from {choices}</source>
        <translation>未知的幻灯片面板（未给出）；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>--slide-panels and --title apply to --panel slide</source>
        <translation>--slide-panels 和 --title 适用于 --panel slide</translation>
    </message>
    <message>
        <source>--panel compare exports a still: use .png or .svg</source>
        <translation>--panel compare 导出静态图：请使用 .png 或 .svg</translation>
    </message>
    <message>
        <source>--position does not apply to --panel compare</source>
        <translation>--position 不适用于 --panel compare</translation>
    </message>
    <message>
        <source>--test-image applies to --panel compare</source>
        <translation>--test-image 适用于 --panel compare</translation>
    </message>
    <message>
        <source>{option} applies to animations (.gif, .mp4 or a folder)</source>
        <translation>{option} 适用于动画（.gif、.mp4 或文件夹）</translation>
    </message>
    <message>
        <source>--position applies to stills and to --gif-mode pass</source>
        <translation>--position 适用于静态图和 --gif-mode pass</translation>
    </message>
    <message>
        <source>--every applies to --gif-mode train</source>
        <translation>--every 适用于 --gif-mode train</translation>
    </message>
    <message>
        <source>--tour applies to --deck</source>
        <translation>--tour 适用于 --deck</translation>
    </message>
    <message>
        <source>cannot export the deck to {path}: use .pdf, or a folder (no extension) for PNGs</source>
        <translation>无法将幻灯片导出到 {path}：请使用 .pdf，或用于 PNG 的文件夹（无扩展名）</translation>
    </message>
    <message>
        <source>{option} does not apply to --deck (each chapter sets its own state)</source>
        <translation>{option} 不适用于 --deck（每一章设置自己的状态）</translation>
    </message>
    <message>
        <source>cnnviz export: warning: {message}</source>
        <translation>cnnviz export：警告：{message}</translation>
    </message>
    <message>
        <source>--position {position} is outside 0..{positions} (the number of positions)</source>
        <translation>--position {position} 不在 0..{positions}（位置数）之内</translation>
    </message>
    <message>
        <source>cnnviz export: error: {message}</source>
        <translation>cnnviz export：错误：{message}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>saved {path} at step {step}</source>
        <translation>已在第 {step} 步保存 {path}</translation>
    </message>
    <message>
        <source>cnnviz export: trained {done} of {steps} steps ({percent}; about {seconds} s to go)</source>
        <translation>cnnviz export：已训练 {steps} 步中的 {done} 步（{percent}；大约还需 {seconds} 秒）</translation>
    </message>
    <message>
        <source>unknown --test-image {name}; choose {shifted} or one of {choices}</source>
        <translation>未知的 --test-image {name}；请选择 {shifted} 或 {choices} 之一</translation>
    </message>
    <message>
        <source>cnnviz: shared vs untied, what weight sharing buys</source>
        <translation>cnnviz：共享 vs 不共享，权重共享带来了什么</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Input image x</source>
        <translation>输入图像 x</translation>
    </message>
    <message>
        <source>Target map T</source>
        <translation>目标图 T</translation>
    </message>
    <message>
        <source>Output map y</source>
        <translation>输出图 y</translation>
    </message>
    <message>
        <source>Error map δ</source>
        <translation>误差图 δ</translation>
    </message>
    <message>
        <source>Filter w</source>
        <translation>滤波器 w</translation>
    </message>
    <message>
        <source>Gradient buffer ∂L/∂w</source>
        <translation>梯度缓冲区 ∂L/∂w</translation>
    </message>
    <message>
        <source>Input gradient ∂L/∂x</source>
        <translation>输入梯度 ∂L/∂x</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>参数数量</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>Weights over steps</source>
        <translation>权重随步数的变化</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4 视频（H.264）</translation>
    </message>
    <message>
        <source>PNG frames (folder, for video tools)</source>
        <translation>PNG 帧（文件夹，供视频工具使用）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>Slide (16:9, 1920×1080)</source>
        <translation>幻灯片（16:9，1920×1080）</translation>
    </message>
    <message>
        <source>Panel: {name}</source>
        <translation>面板：{name}</translation>
    </message>
    <message>
        <source>{kind}: needs {extra}</source>
        <translation>{kind}：需要 {extra}</translation>
    </message>
    <message>
        <source>Dark (as on screen)</source>
        <translation>深色（与屏幕相同）</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light: white background, dark text (as on screen)</source>
        <translation>浅色：白色背景，深色文字（与屏幕相同）</translation>
    </message>
    <message>
        <source>Light: white background, dark text</source>
        <translation>浅色：白色背景，深色文字</translation>
    </message>
    <message>
        <source>Per export. The whole window in the other theme is exported as its panels (without the controls); View &gt; Light Theme switches the app itself.</source>
        <translation>仅用于本次导出。另一主题下的整个窗口会导出为各个面板（不含控件）；视图 &gt; 浅色主题 可切换应用本身。</translation>
    </message>
    <message>
        <source>Training: one frame every N updates</source>
        <translation>训练：每 N 次更新一帧</translation>
    </message>
    <message>
        <source>One backward pass, position by position</source>
        <translation>一遍反向传播过程，逐个位置</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>One shared 3×3 filter learning …</source>
        <translation>一个共享的 3×3 滤波器学习 …</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>动画内容</translation>
    </message>
    <message>
        <source>Frames (at most)</source>
        <translation>帧数（最多）</translation>
    </message>
    <message>
        <source>Updates between frames</source>
        <translation>帧之间的更新次数</translation>
    </message>
    <message>
        <source>Each frame shows</source>
        <translation>每帧显示</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>幻灯片标题</translation>
    </message>
    <message>
        <source>Slide panels</source>
        <translation>幻灯片面板</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>PNG 帧的文件夹</translation>
    </message>
    <message>
        <source>copied the {name} panel to the clipboard</source>
        <translation>已将面板 {name} 复制到剪贴板</translation>
    </message>
    <message>
        <source>copied the window to the clipboard</source>
        <translation>已将窗口复制到剪贴板</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <source>nothing to export yet: the first snapshot has not been drawn</source>
        <translation>还没有可导出的内容：第一个快照尚未绘制</translation>
    </message>
    <message>
        <source>Rendering frames…</source>
        <translation>正在渲染帧…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Figure (PNG or SVG)…</source>
        <translation>图片（PNG 或 SVG）…</translation>
    </message>
    <message>
        <source>The window or one panel as PNG (1×–4×, crisp cells) or SVG</source>
        <translation>将窗口或一个面板导出为 PNG（1×–4×，单元格清晰）或 SVG</translation>
    </message>
    <message>
        <source>Slide (1920×1080)…</source>
        <translation>幻灯片（1920×1080）…</translation>
    </message>
    <message>
        <source>A 16:9 slide: a title and the panels you pick</source>
        <translation>一张 16:9 幻灯片：一个标题和你选的面板</translation>
    </message>
    <message>
        <source>Animation (GIF, MP4 or PNG frames)…</source>
        <translation>动画（GIF、MP4 或 PNG 帧）…</translation>
    </message>
    <message>
        <source>Training (a frame every N updates) or one backward pass, position by position</source>
        <translation>训练（每 N 次更新一帧）或一遍反向传播过程，逐个位置</translation>
    </message>
    <message>
        <source>Copy Panel to Clipboard</source>
        <translation>复制面板到剪贴板</translation>
    </message>
    <message>
        <source>The panel under the mouse (or last clicked), else the whole window</source>
        <translation>鼠标下方（或最后点击）的面板，否则为整个窗口</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>as saved in the lesson: {n} images of {h}×{w}</source>
        <translation>与课程中保存的一致：{n} 张 {h}×{w} 的图像</translation>
    </message>
    <message>
        <source>as saved in the lesson: {h}×{w}</source>
        <translation>与课程中保存的一致：{h}×{w}</translation>
    </message>
    <message>
        <source>Open a grayscale image</source>
        <translation>打开一张灰度图像</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>图像 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a folder of images (a batch)</source>
        <translation>打开一个图像文件夹（一个批量）</translation>
    </message>
    <message>
        <source>Image not opened</source>
        <translation>图像未打开</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>正在加载 {name}…</translation>
    </message>
    <message>
        <source>image not opened: cancelled</source>
        <translation>图像未打开：已取消</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix});;All files (*)</source>
        <translation>cnnviz 课程 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Lesson not opened</source>
        <translation>课程未打开</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix})</source>
        <translation>cnnviz 课程 (*{suffix})</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>课程未保存</translation>
    </message>
    <message>
        <source>saved {path} at step {step}</source>
        <translation>已在第 {step} 步保存 {path}</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation>历史未导出</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>wrote {rows} rows to {path}</source>
        <translation>已将 {rows} 行写入 {path}</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>The filter: 9 weights + 1 bias = 10 parameters, the SAME ones at every position. The colour scale matches the target kernel&apos;s.</source>
        <translation>滤波器：9 个权重 + 1 个偏置 = 10 个参数，在每个位置都是同一组。颜色刻度与目标卷积核相同。</translation>
    </message>
    <message>
        <source>Filter w (one {size}, shared by all {total} positions ({n} images × {per_image}))</source>
        <translation>滤波器 w（一个 {size}，由全部 {total} 个位置共享（{n} 张图像 × {per_image}））</translation>
    </message>
    <message>
        <source>Filter w (one {size}, shared by all {total} positions)</source>
        <translation>滤波器 w（一个 {size}，由全部 {total} 个位置共享）</translation>
    </message>
    <message>
        <source>The filter: {weights} weights + 1 bias = {params} parameters, the SAME ones at every position (a grid per colour channel: R, G, B). The colour scale matches the target kernel&apos;s.</source>
        <translation>滤波器：{weights} 个权重 + 1 个偏置 = {params} 个参数，在每个位置都是同一组（每个颜色通道一个网格：R、G、B）。颜色刻度与目标卷积核相同。</translation>
    </message>
    <message>
        <source>The filter: {weights} weights + 1 bias = {params} parameters, the SAME ones at every position. The colour scale matches the target kernel&apos;s.</source>
        <translation>滤波器：{weights} 个权重 + 1 个偏置 = {params} 个参数，在每个位置都是同一组。颜色刻度与目标卷积核相同。</translation>
    </message>
    <message>
        <source>bias b = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>偏置 b = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter w AFTER the update (step {step}): one filter, applied once</source>
        <translation>更新之后的滤波器 w（第 {step} 步）：一个滤波器，只应用一次</translation>
    </message>
    <message>
        <source>bias b = &lt;b&gt;{value}&lt;/b&gt; (was {old})</source>
        <translation>偏置 b = &lt;b&gt;{value}&lt;/b&gt;（原为 {old}）</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>size must be a whole number or &quot;native&quot;, got {text}</source>
        <translation>大小必须是整数或 &quot;native&quot;，收到的是 {text}</translation>
    </message>
    <message>
        <source>size must be from 3 to {max} pixels, got {value}</source>
        <translation>大小必须在 3 到 {max} 像素之间，收到的是 {value}</translation>
    </message>
    <message>
        <source>image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} filter</source>
        <translation>图像为 {w}x{h} 像素；对于 {k}x{k} 滤波器，它至少要有 {k}x{k}</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} filter</source>
        <translation>{path}：图像为 {w}x{h} 像素；对于 {k}x{k} 滤波器，它至少要有 {k}x{k}</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels, more than the limit of {limit} pixels; shrink it first</source>
        <translation>{path}：图像为 {w}x{h} 像素，超过了 {limit} 像素的上限；请先缩小它</translation>
    </message>
    <message>
        <source>{path}: not a supported image ({formats})</source>
        <translation>{path}：不是受支持的图像（{formats}）</translation>
    </message>
    <message>
        <source>{path}: image is too large to decode safely (limit {limit} pixels)</source>
        <translation>{path}：图像太大，无法安全解码（上限 {limit} 像素）</translation>
    </message>
    <message>
        <source>{path}: not enough memory to decode this image</source>
        <translation>{path}：内存不足，无法解码此图像</translation>
    </message>
    <message>
        <source>{path}: cannot read file ({reason})</source>
        <translation>{path}：无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>{path}: damaged or truncated image ({reason})</source>
        <translation>{path}：图像已损坏或被截断（{reason}）</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; it must be at least 3x3 for a 3x3 filter</source>
        <translation>{path}：图像为 {w}x{h} 像素；对于 3x3 滤波器，它至少要有 3x3</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; fitted within {cap}x{cap} it would be {out_w}x{out_h}, smaller than the 3x3 filter; choose a size such as {size} instead of &quot;native&quot;</source>
        <translation>{path}：图像为 {w}x{h} 像素；缩放到 {cap}x{cap} 以内后将是 {out_w}x{out_h}，小于 3x3 滤波器；请选择 {size} 这样的大小，而不是 &quot;native&quot;</translation>
    </message>
    <message>
        <source>{path}: float image contains NaN or infinite values</source>
        <translation>{path}：浮点图像包含 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an image file</source>
        <translation>{path}：是文件夹，不是图像文件</translation>
    </message>
    <message>
        <source>{path}: not a regular file</source>
        <translation>{path}：不是普通文件</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}：文件是空的</translation>
    </message>
    <message>
        <source>{path}: symlink loop</source>
        <translation>{path}：符号链接循环</translation>
    </message>
    <message>
        <source>{path}: cannot read folder ({reason})</source>
        <translation>{path}：无法读取文件夹（{reason}）</translation>
    </message>
    <message>
        <source>{w}x{h} image</source>
        <translation>{w}x{h} 的图像</translation>
    </message>
    <message>
        <source>{source} at its own size</source>
        <translation>{source}，保持原始大小</translation>
    </message>
    <message>
        <source>{source}, downscaled to {w}x{h}</source>
        <translation>{source}，缩小到 {w}x{h}</translation>
    </message>
    <message>
        <source>{source}, used as is</source>
        <translation>{source}，按原样使用</translation>
    </message>
    <message>
        <source>{source}, resampled to {size}x{size}</source>
        <translation>{source}，重采样为 {size}x{size}</translation>
    </message>
    <message>
        <source>{source}, centre {m}x{m} square resampled to {size}x{size}</source>
        <translation>{source}，中心 {m}x{m} 的正方形重采样为 {size}x{size}</translation>
    </message>
    <message>
        <source>{w}x{h} sample &apos;{name}&apos;</source>
        <translation>{w}x{h} 的示例 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{w}x{h} image ({name})</source>
        <translation>{w}x{h} 的图像（{name}）</translation>
    </message>
    <message>
        <source>batch of {n} images from {folder}; the first: {first}</source>
        <translation>来自 {folder} 的 {n} 张图像组成的批量；第一张：{first}</translation>
    </message>
    <message>
        <source>{w}x{h} photo</source>
        <translation>{w}x{h} 的照片</translation>
    </message>
    <message>
        <source>{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of {limit} MiB of pixels; use --size {fits} or smaller</source>
        <translation>{path}：{n} 张最大 {w}x{h} 的图像需要 {need} MiB，超过了像素 {limit} MiB 的上限；请使用 --size {fits} 或更小</translation>
    </message>
    <message>
        <source>{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of {limit} MiB of pixels; use fewer images</source>
        <translation>{path}：{n} 张最大 {w}x{h} 的图像需要 {need} MiB，超过了像素 {limit} MiB 的上限；请使用更少的图像</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}：文件夹不存在</translation>
    </message>
    <message>
        <source>{path}: is a file, not a folder</source>
        <translation>{path}：是文件，不是文件夹</translation>
    </message>
    <message>
        <source>{path}: folder has no images (looked for {extensions})</source>
        <translation>{path}：文件夹中没有图像（查找的是 {extensions}）</translation>
    </message>
    <message>
        <source>{path}: folder has {n} images; a batch can hold at most {max}</source>
        <translation>{path}：文件夹中有 {n} 张图像；一个批量最多容纳 {max} 张</translation>
    </message>
    <message>
        <source>{path}: images differ in size ({first} is {w1}x{h1}, {other} is {w2}x{h2}); choose a size such as {size} instead of &quot;native&quot;</source>
        <translation>{path}：图像大小不一（{first} 为 {w1}x{h1}，{other} 为 {w2}x{h2}）；请选择 {size} 这样的大小，而不是 &quot;native&quot;</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>{path}: bundled samples are missing or broken ({reason}); reinstall cnnviz</source>
        <translation>{path}：自带的示例缺失或已损坏（{reason}）；请重新安装 cnnviz</translation>
    </message>
    <message>
        <source>unknown sample {name}; choose one of: {names}</source>
        <translation>未知的示例 {name}；请从以下选择：{names}</translation>
    </message>
</context>
<context>
    <name>InputGradPanel</name>
    <message>
        <source>The input gradient ∂L/∂x: each position adds its δ times the 9 weights into the 9 input pixels under it, so pixels seen by several positions collect several deltas.</source>
        <translation>输入梯度 ∂L/∂x：每个位置把它的 δ 乘以 9 个权重，加到它下面的 9 个输入像素上，因此被多个位置看到的像素会收集多个 δ。</translation>
    </message>
    <message>
        <source>The input gradient ∂L/∂x, shaped like x: each position adds its δ times the {n} weights into the {n} input values under it, so pixels seen by several positions collect several deltas; the padding&apos;s zeros are not inputs.</source>
        <translation>输入梯度 ∂L/∂x，形状与 x 相同：每个位置把它的 δ 乘以 {n} 个权重，加到它下面的 {n} 个输入值上，因此被多个位置看到的像素会收集多个 δ；填充的零不是输入。</translation>
    </message>
    <message>
        <source>The input gradient ∂L/∂x, shaped like x: each position adds its δ times the {n} weights into the {n} input values under it, so pixels seen by several positions collect several deltas.</source>
        <translation>输入梯度 ∂L/∂x，形状与 x 相同：每个位置把它的 δ 乘以 {n} 个权重，加到它下面的 {n} 个输入值上，因此被多个位置看到的像素会收集多个 δ。</translation>
    </message>
    <message>
        <source>Input gradient ∂L/∂x ({size})</source>
        <translation>输入梯度 ∂L/∂x（{size}）</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>The grayscale input image x (0 = black, 1 = white). The yellow square is the 3x3 receptive field: the pixels one output cell is computed from.</source>
        <translation>灰度输入图像 x（0 = 黑，1 = 白）。黄色方框是 3x3 感受野：计算一个输出单元所用的像素。</translation>
    </message>
    <message>
        <source>, image {i} of {n}</source>
        <translation>，第 {i} 张，共 {n} 张</translation>
    </message>
    <message>
        <source>, padded with 1 zero a side: {size}</source>
        <translation>，每边填充 1 个零：{size}</translation>
    </message>
    <message>
        <source>, padded with {p} zeros a side: {size}</source>
        <translation>，每边填充 {p} 个零：{size}</translation>
    </message>
    <message>
        <source>Input image x ({size})</source>
        <translation>输入图像 x（{size}）</translation>
    </message>
    <message>
        <source>The colour input image x (R, G, B). The yellow square is the {k}x{k}x3 receptive field: the pixels one output cell is computed from.</source>
        <translation>彩色输入图像 x（R、G、B）。黄色方框是 {k}x{k}x3 感受野：计算一个输出单元所用的像素。</translation>
    </message>
    <message>
        <source>The grayscale input image x (0 = black, 1 = white). The yellow square is the {k}x{k} receptive field: the pixels one output cell is computed from.</source>
        <translation>灰度输入图像 x（0 = 黑，1 = 白）。黄色方框是 {k}x{k} 感受野：计算一个输出单元所用的像素。</translation>
    </message>
    <message>
        <source>The black border outside the dashed line is the padding: zeros, not pixels.</source>
        <translation>虚线外的黑色边框是填充：是零，不是像素。</translation>
    </message>
    <message>
        <source>The dotted square is the next position: the filter moves {s} pixels at a time.</source>
        <translation>点线方框是下一个位置：滤波器每次移动 {s} 个像素。</translation>
    </message>
</context>
<context>
    <name>Kernels</name>
    <message>
        <source>vertical edges (brightness changing left to right)</source>
        <translation>竖直边缘（亮度从左到右变化）</translation>
    </message>
    <message>
        <source>horizontal edges (brightness changing top to bottom)</source>
        <translation>水平边缘（亮度从上到下变化）</translation>
    </message>
    <message>
        <source>spots and outlines (second derivative in both directions)</source>
        <translation>斑点和轮廓（两个方向的二阶导数）</translation>
    </message>
    <message>
        <source>average of the 3x3 neighbourhood</source>
        <translation>3x3 邻域的平均值</translation>
    </message>
    <message>
        <source>boosts the centre against its four neighbours</source>
        <translation>突出中心像素，相对于它的四个相邻像素</translation>
    </message>
    <message>
        <source>copies the centre pixel</source>
        <translation>复制中心像素</translation>
    </message>
    <message>
        <source>kernel text is empty; type {k} rows separated by &apos;;&apos;, e.g. {example}</source>
        <translation>卷积核文本为空；请输入用 &apos;;&apos; 分隔的 {k} 行，例如 {example}</translation>
    </message>
    <message>
        <source>kernel row {row}: {text} is not a number</source>
        <translation>卷积核第 {row} 行：{text} 不是数字</translation>
    </message>
    <message>
        <source>kernel row {row}: values must be finite numbers (no nan or inf)</source>
        <translation>卷积核第 {row} 行：值必须是有限的数（不能是 nan 或 inf）</translation>
    </message>
    <message>
        <source>kernel row {row}: values must be between -{limit} and {limit}</source>
        <translation>卷积核第 {row} 行：值必须在 -{limit} 到 {limit} 之间</translation>
    </message>
    <message>
        <source>a {m}x{m} kernel does not fit the {k}x{k} filter; type {k} rows of {k} numbers</source>
        <translation>{m}x{m} 的卷积核与 {k}x{k} 滤波器不匹配；请输入 {k} 行，每行 {k} 个数</translation>
    </message>
    <message>
        <source>kernel must be {k} rows of {k} numbers (got rows of {shape}), e.g. {example}</source>
        <translation>卷积核必须是 {k} 行，每行 {k} 个数（收到的行长为 {shape}），例如 {example}</translation>
    </message>
    <message>
        <source>kernel must be 3 rows of 3 numbers, or k rows of k for a k x k filter (k up to {max}) (got rows of {shape}), e.g. {example}</source>
        <translation>卷积核必须是 3 行、每行 3 个数，或对 k x k 滤波器为 k 行、每行 k 个数（k 最大 {max}）（收到的行长为 {shape}），例如 {example}</translation>
    </message>
    <message>
        <source>the named kernels are 3x3; for a {k}x{k} filter type the target as {k} rows of {k} numbers separated by &apos;;&apos;</source>
        <translation>按名称的卷积核都是 3x3；对于 {k}x{k} 滤波器，请把目标输入为用 &apos;;&apos; 分隔的 {k} 行，每行 {k} 个数</translation>
    </message>
    <message>
        <source>unknown kernel {spec}; use one of {names} or type 3 rows like 1,0,-1;2,0,-2;1,0,-1</source>
        <translation>未知的卷积核 {spec}；请使用 {names} 之一，或输入 3 行，例如 1,0,-1;2,0,-2;1,0,-1</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>play / pause training</source>
        <translation>播放 / 暂停训练</translation>
    </message>
    <message>
        <source>one update</source>
        <translation>一次更新</translation>
    </message>
    <message>
        <source>faster / slower</source>
        <translation>加快 / 减慢</translation>
    </message>
    <message>
        <source>reset to the same start</source>
        <translation>重置到同一起点</translation>
    </message>
    <message>
        <source>new random start</source>
        <translation>重新随机开始</translation>
    </message>
    <message>
        <source>undo a reset, new start, new image or setting</source>
        <translation>撤销重置、重新开始、新图像或设置更改</translation>
    </message>
    <message>
        <source>step through backprop</source>
        <translation>逐步演示反向传播</translation>
    </message>
    <message>
        <source>compare shared vs untied</source>
        <translation>比较共享与不共享</translation>
    </message>
    <message>
        <source>guided tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>presenter mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>open an image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>buttons, settings, panels; arrows in a panel read a cell</source>
        <translation>按钮、设置、面板；在面板中用方向键读取一个单元格</translation>
    </message>
    <message>
        <source>play / pause the pass, position by position</source>
        <translation>逐个位置播放 / 暂停这一遍</translation>
    </message>
    <message>
        <source>one step forward / back</source>
        <translation>前进 / 后退一步</translation>
    </message>
    <message>
        <source>faster / slower (positions per second)</source>
        <translation>加快 / 减慢（每秒位置数）</translation>
    </message>
    <message>
        <source>start / end of the pass</source>
        <translation>这一遍的开头 / 结尾</translation>
    </message>
    <message>
        <source>→ at the end</source>
        <translation>结尾处按 →</translation>
    </message>
    <message>
        <source>apply the update</source>
        <translation>应用更新</translation>
    </message>
    <message>
        <source>check the gradient</source>
        <translation>检查梯度</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>back to training</source>
        <translation>返回训练</translation>
    </message>
    <message>
        <source>play / pause both layers</source>
        <translation>播放 / 暂停两个层</translation>
    </message>
    <message>
        <source>one update of each</source>
        <translation>各更新一次</translation>
    </message>
    <message>
        <source>reset both</source>
        <translation>两者都重置</translation>
    </message>
    <message>
        <source>back to the lesson</source>
        <translation>返回课程</translation>
    </message>
    <message>
        <source>next / previous chapter</source>
        <translation>下一章 / 上一章</translation>
    </message>
    <message>
        <source>one position (step-through chapters), else next / previous chapter</source>
        <translation>一个位置（逐步演示的章节），否则下一章 / 上一章</translation>
    </message>
    <message>
        <source>play / pause the chapter&apos;s animation (else next chapter)</source>
        <translation>播放 / 暂停本章动画（没有动画时进入下一章）</translation>
    </message>
    <message>
        <source>replay the animation</source>
        <translation>重播动画</translation>
    </message>
    <message>
        <source>first / last chapter</source>
        <translation>第一章 / 最后一章</translation>
    </message>
    <message>
        <source>leave the tour</source>
        <translation>离开导览</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>逐步演示</translation>
    </message>
    <message>
        <source>Shared vs untied</source>
        <translation>共享与不共享</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>{mode}: keys</source>
        <translation>{mode}：按键</translation>
    </message>
    <message>
        <source>? or Esc closes this</source>
        <translation>按 ? 或 Esc 关闭</translation>
    </message>
</context>
<context>
    <name>LayerWords</name>
    <message>
        <source>{k}×{k} filter</source>
        <translation>{k}×{k} 滤波器</translation>
    </message>
    <message>
        <source>{name} padding</source>
        <translation>{name} 填充</translation>
    </message>
    <message>
        <source>padding {p}</source>
        <translation>填充 {p}</translation>
    </message>
    <message>
        <source>stride {s}</source>
        <translation>步幅 {s}</translation>
    </message>
    <message>
        <source>cnnviz: one shared {size} filter learning — {label}</source>
        <translation>cnnviz：一个共享的 {size} 滤波器在学习 — {label}</translation>
    </message>
</context>
<context>
    <name>LessonConfig</name>
    <message>
        <source>{shape} filter, stride {stride}, padding {padding} ({name})</source>
        <translation>{shape} 滤波器，步幅 {stride}，填充 {padding}（{name}）</translation>
    </message>
    <message>
        <source>{shape} filter, stride {stride}, padding {padding}</source>
        <translation>{shape} 滤波器，步幅 {stride}，填充 {padding}</translation>
    </message>
    <message>
        <source>{who} shows the 3x3 grey filter (valid, stride 1) only, for now; this lesson has a {layer}: train it with `cnnviz train`</source>
        <translation>{who} 目前只显示 3x3 灰度滤波器（valid，步幅 1）；本课程使用的是 {layer}：请用 `cnnviz train` 训练它</translation>
    </message>
    <message>
        <source>{name} must be text, got {value}</source>
        <translation>{name} 必须是文本，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必须是数字，收到的是 {value}</translation>
    </message>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>seed 必须是非负整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} 必须是 {low} 到 {high} 之间的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number {low} or more, got {value}</source>
        <translation>{name} 必须是大于或等于 {low} 的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>color must be true or false, got {value}</source>
        <translation>color 必须是 true 或 false，收到的是 {value}</translation>
    </message>
    <message>
        <source>padding {padding} is more than &apos;full&apos; ({full} for a {k}x{k} filter): the outermost positions would see only zeros</source>
        <translation>填充 {padding} 超过了 &apos;full&apos;（{k}x{k} 滤波器为 {full}）：最外侧的位置将只看到零</translation>
    </message>
    <message>
        <source>learning rate must be a positive finite number, got {value}</source>
        <translation>学习率必须是有限的正数，收到的是 {value}</translation>
    </message>
    <message>
        <source>unknown optimizer {value}; choose one of {choices}</source>
        <translation>未知的优化器 {value}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1), got {value}</source>
        <translation>动量必须在 [0, 1) 之内，收到的是 {value}</translation>
    </message>
    <message>
        <source>unknown reduction {value}; choose one of {choices}</source>
        <translation>未知的归约 {value}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to 2**64-1, got {value}</source>
        <translation>seed 必须是 0 到 2**64-1 之间的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>init_scale must be a non-negative finite number, got {value}</source>
        <translation>init_scale 必须是有限的非负数，收到的是 {value}</translation>
    </message>
    <message>
        <source>colour images must be (3, H, W) or (N, 3, H, W), got {shape}</source>
        <translation>彩色图像必须是 (3, H, W) 或 (N, 3, H, W)，收到的是 {shape}</translation>
    </message>
    <message>
        <source>images must be (H, W) or (N, H, W) with H, W &gt;= {k}, got {shape}</source>
        <translation>图像必须是 (H, W) 或 (N, H, W)，且 H, W &gt;= {k}，收到的是 {shape}</translation>
    </message>
    <message>
        <source>images contain non-finite values</source>
        <translation>图像包含非有限值</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} of the untied layer on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.</source>
        <translation>请尝试 {lr} 或更小的学习率：不共享层在这些图像上用动量 μ = {mu} 下降时，从 lr = 2(1 + μ)/λmax = {limit} 起发散。</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.</source>
        <translation>请尝试 {lr} 或更小的学习率：在这些图像上用动量 μ = {mu} 下降时，从 lr = 2(1 + μ)/λmax = {limit} 起发散。</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: plain descent of the untied layer on these images diverges from lr = 2/λmax = {limit} on.</source>
        <translation>请尝试 {lr} 或更小的学习率：不共享层在这些图像上用普通梯度下降时，从 lr = 2/λmax = {limit} 起发散。</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: plain descent on these images diverges from lr = 2/λmax = {limit} on.</source>
        <translation>请尝试 {lr} 或更小的学习率：在这些图像上用普通梯度下降时，从 lr = 2/λmax = {limit} 起发散。</translation>
    </message>
    <message>
        <source>{name} cannot change during a lesson; start a new lesson with it</source>
        <translation>{name} 不能在课程中途更改；请用它开始一个新课程</translation>
    </message>
    <message>
        <source>the target map is not finite: the kernel&apos;s values are too large</source>
        <translation>目标图不是有限值：卷积核的值太大</translation>
    </message>
    <message>
        <source>the loss overflowed</source>
        <translation>损失溢出</translation>
    </message>
    <message>
        <source>training diverged after step {step}: {what} with learning rate {lr}; the last finite weights are kept. {advice}</source>
        <translation>训练在第 {step} 步后发散：学习率为 {lr} 时{what}；保留最后的有限权重。{advice}</translation>
    </message>
    <message>
        <source>saved parameters must be {n} finite numbers</source>
        <translation>保存的参数必须是 {n} 个有限的数</translation>
    </message>
    <message>
        <source>step count must be non-negative, got {value}</source>
        <translation>步数不能为负，收到的是 {value}</translation>
    </message>
    <message>
        <source>optimizer {name} needs state {needed}, got {given}</source>
        <translation>优化器 {name} 需要状态 {needed}，收到的是 {given}</translation>
    </message>
    <message>
        <source>optimizer state {name} must be {n} finite numbers</source>
        <translation>优化器状态 {name} 必须是 {n} 个有限的数</translation>
    </message>
    <message>
        <source>history steps must be below the step count</source>
        <translation>历史中的步数必须小于步数</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>cannot save lesson to {path}: {reason}</source>
        <translation>无法将课程保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot open lesson {path}: {reason}</source>
        <translation>无法打开课程 {path}：{reason}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the file is damaged ({reason})</source>
        <translation>文件已损坏（{reason}）</translation>
    </message>
    <message>
        <source>cannot restore lesson: {reason}</source>
        <translation>无法恢复课程：{reason}</translation>
    </message>
    <message>
        <source>cannot restore lesson: its weights (up to {peak}) make the loss overflow</source>
        <translation>无法恢复课程：它的权重（最大 {peak}）使损失溢出</translation>
    </message>
    <message>
        <source>image_label must be text, got {type}</source>
        <translation>image_label 必须是文本，收到的是 {type}</translation>
    </message>
    <message>
        <source>extra must be a dict, got {type}</source>
        <translation>extra 必须是 dict，收到的是 {type}</translation>
    </message>
    <message>
        <source>trainer state {names} has no place in format version {version}</source>
        <translation>训练器状态 {names} 在格式版本 {version} 中没有位置</translation>
    </message>
    <message>
        <source>trainer state lacks {names}</source>
        <translation>训练器状态缺少 {names}</translation>
    </message>
    <message>
        <source>array {name} has dtype {dtype}, expected numbers</source>
        <translation>数组 {name} 的 dtype 为 {dtype}，应为数值</translation>
    </message>
    <message>
        <source>extra must hold only JSON values (finite numbers, text, lists, dicts): {reason}</source>
        <translation>extra 只能包含 JSON 值（有限的数、文本、列表、dict）：{reason}</translation>
    </message>
    <message>
        <source>the header would be {size} bytes, more than {max}</source>
        <translation>文件头将有 {size} 字节，超过 {max}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than a lesson can be ({max})</source>
        <translation>文件有 {size} 字节，超过了课程的最大大小（{max}）</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (a single NumPy array, not an .npz archive)</source>
        <translation>不是 cnnviz 课程（是单个 NumPy 数组，不是 .npz 归档）</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not a NumPy .npz archive)</source>
        <translation>不是 cnnviz 课程（不是 NumPy .npz 归档）</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not a NumPy .npz archive: {reason})</source>
        <translation>不是 cnnviz 课程（不是 NumPy .npz 归档：{reason}）</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not an .npz archive)</source>
        <translation>不是 cnnviz 课程（不是 .npz 归档）</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (no {member} member)</source>
        <translation>不是 cnnviz 课程（没有 {member} 成员）</translation>
    </message>
    <message>
        <source>missing array member {member}.npy</source>
        <translation>缺少数组成员 {member}.npy</translation>
    </message>
    <message>
        <source>unknown member {member}.npy</source>
        <translation>未知的成员 {member}.npy</translation>
    </message>
    <message>
        <source>{name}.npy has shape {shape} but the header says {declared}</source>
        <translation>{name}.npy 的形状为 {shape}，但文件头中为 {declared}</translation>
    </message>
    <message>
        <source>the archive has {n} members, more than a lesson has</source>
        <translation>归档有 {n} 个成员，多于课程所含的成员</translation>
    </message>
    <message>
        <source>unexpected member {member} (a lesson holds only .npy arrays)</source>
        <translation>意外的成员 {member}（课程只包含 .npy 数组）</translation>
    </message>
    <message>
        <source>the member {member} appears twice</source>
        <translation>成员 {member} 出现了两次</translation>
    </message>
    <message>
        <source>member {name} declares {size} bytes uncompressed, more than the limit of {max}</source>
        <translation>成员 {name} 声明未压缩大小为 {size} 字节，超过了 {max} 的上限</translation>
    </message>
    <message>
        <source>the members declare {total} bytes uncompressed, more than the limit of {max}</source>
        <translation>各成员声明未压缩大小共 {total} 字节，超过了 {max} 的上限</translation>
    </message>
    <message>
        <source>member {name} uses .npy format version {version}, which cnnviz does not read</source>
        <translation>成员 {name} 使用 .npy 格式版本 {version}，cnnviz 不读取该版本</translation>
    </message>
    <message>
        <source>member {name} holds pickled Python objects, which cnnviz never loads</source>
        <translation>成员 {name} 包含 pickle 序列化的 Python 对象，cnnviz 从不加载它们</translation>
    </message>
    <message>
        <source>member {name} holds Python objects</source>
        <translation>成员 {name} 包含 Python 对象</translation>
    </message>
    <message>
        <source>member {name} has dtype {dtype}, expected {expected}</source>
        <translation>成员 {name} 的 dtype 为 {dtype}，应为 {expected}</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes but its shape {shape} needs {expected}</source>
        <translation>成员 {name} 有 {size} 字节，但其形状 {shape} 需要 {expected}</translation>
    </message>
    <message>
        <source>member {name} did not read back as declared</source>
        <translation>成员 {name} 读回的内容与声明不符</translation>
    </message>
    <message>
        <source>the header has shape {shape}, expected up to {max} bytes</source>
        <translation>文件头的形状为 {shape}，应为最多 {max} 字节</translation>
    </message>
    <message>
        <source>colour images must have shape (N, 3, H, W), got {shape}</source>
        <translation>彩色图像的形状必须是 (N, 3, H, W)，收到的是 {shape}</translation>
    </message>
    <message>
        <source>images must have shape (N, H, W), got {shape}</source>
        <translation>图像的形状必须是 (N, H, W)，收到的是 {shape}</translation>
    </message>
    <message>
        <source>a lesson holds 1 to {max} images, got {n}</source>
        <translation>一个课程包含 1 到 {max} 张图像，收到的是 {n}</translation>
    </message>
    <message>
        <source>images must be {low} to {high} pixels a side, got {h}x{w}</source>
        <translation>图像每边必须有 {low} 到 {high} 像素，收到的是 {h}x{w}</translation>
    </message>
    <message>
        <source>{n} images of {h}x{w} exceed the limit of {limit} MiB of pixels</source>
        <translation>{n} 张 {h}x{w} 的图像超过了像素 {limit} MiB 的上限</translation>
    </message>
    <message>
        <source>expected shape {expected}, got {shape}</source>
        <translation>形状应为 {expected}，收到的是 {shape}</translation>
    </message>
    <message>
        <source>expected a 1-D array, got shape {shape}</source>
        <translation>应为一维数组，收到的形状为 {shape}</translation>
    </message>
    <message>
        <source>expected shape (n, {num_params}), got {shape}</source>
        <translation>形状应为 (n, {num_params})，收到的是 {shape}</translation>
    </message>
    <message>
        <source>the header is not valid JSON ({reason})</source>
        <translation>文件头不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>the header must be a JSON object, got {type}</source>
        <translation>文件头必须是 JSON 对象，收到的是 {type}</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (format {format}, expected {expected})</source>
        <translation>不是 cnnviz 课程（格式为 {format}，应为 {expected}）</translation>
    </message>
    <message>
        <source>the format version must be an integer, got {version}</source>
        <translation>格式版本必须是整数，收到的是 {version}</translation>
    </message>
    <message>
        <source>made by a newer cnnviz (lesson format version {version}); this cnnviz reads version {readable}</source>
        <translation>由更新版本的 cnnviz 创建（课程格式版本 {version}）；此 cnnviz 读取版本 {readable}</translation>
    </message>
    <message>
        <source>unsupported lesson format version {version}; this cnnviz reads versions 1 to {readable}</source>
        <translation>不支持的课程格式版本 {version}；此 cnnviz 读取版本 1 到 {readable}</translation>
    </message>
    <message>
        <source>the header lacks {names}</source>
        <translation>文件头缺少 {names}</translation>
    </message>
    <message>
        <source>the header has unknown key {setting}</source>
        <translation>文件头含有未知的键 {setting}</translation>
    </message>
    <message>
        <source>{key} must be an integer from {lo} to {hi_text}, got {value}</source>
        <translation>{key} 必须是 {lo} 到 {hi_text} 之间的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>history_capacity must be even, got {value}</source>
        <translation>history_capacity 必须是偶数，收到的是 {value}</translation>
    </message>
    <message>
        <source>extra must be a JSON object, got {type}</source>
        <translation>extra 必须是 JSON 对象，收到的是 {type}</translation>
    </message>
    <message>
        <source>config has unknown setting {setting}</source>
        <translation>config 含有未知的设置 {setting}</translation>
    </message>
    <message>
        <source>the header&apos;s array list does not match the lesson (see {member})</source>
        <translation>文件头的数组列表与课程不符（见 {member}）</translation>
    </message>
    <message>
        <source>the header says {name} has dtype {dtype}, expected {expected}</source>
        <translation>文件头中 {name} 的 dtype 为 {dtype}，应为 {expected}</translation>
    </message>
    <message>
        <source>the header&apos;s shape for {name} is not a short list of sizes</source>
        <translation>文件头中 {name} 的形状不是一个简短的尺寸列表</translation>
    </message>
    <message>
        <source>the header&apos;s shape for {name}: {reason}</source>
        <translation>文件头中 {name} 的形状：{reason}</translation>
    </message>
    <message>
        <source>config lacks {names}</source>
        <translation>config 缺少 {names}</translation>
    </message>
    <message>
        <source>config.padding must be valid, same, full or a number of pixels, got {value}</source>
        <translation>config.padding（填充）必须是 valid、same、full 或像素数，收到的是 {value}</translation>
    </message>
    <message>
        <source>config.{name} must be a finite number, got {value}</source>
        <translation>config.{name} 必须是有限的数，收到的是 {value}</translation>
    </message>
    <message>
        <source>config.{name} must be an integer from 0 to 2**64-1, got {value}</source>
        <translation>config.{name} 必须是 0 到 2**64-1 之间的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>config.{name} must be true or false, got {value}</source>
        <translation>config.{name} 必须是 true 或 false，收到的是 {value}</translation>
    </message>
    <message>
        <source>config.{name} cannot be stored in lesson format version {version}</source>
        <translation>config.{name} 无法保存在课程格式版本 {version} 中</translation>
    </message>
    <message>
        <source>bad setting: {reason}</source>
        <translation>无效的设置：{reason}</translation>
    </message>
    <message>
        <source>{name} does not match the header&apos;s dtype and shape</source>
        <translation>{name} 与文件头中的 dtype 和形状不符</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>image values must be in [0, 1], found {low} to {high}</source>
        <translation>图像的值必须在 [0, 1] 之内，实际为 {low} 到 {high}</translation>
    </message>
    <message>
        <source>{name} contain NaN or infinite values</source>
        <translation>{name} 包含 NaN 或无穷大的值</translation>
    </message>
    <message>
        <source>step_count is {step_count} but the header says {header_steps}</source>
        <translation>step_count 为 {step_count}，但文件头中为 {header_steps}</translation>
    </message>
    <message>
        <source>initial_params do not match seed {seed} and init_scale {init_scale} (edited file, or a NumPy whose random generator differs)</source>
        <translation>initial_params 与随机种子 {seed} 和 init_scale {init_scale} 不符（文件被编辑过，或 NumPy 的随机数生成器不同）</translation>
    </message>
    <message>
        <source>history arrays disagree in length (steps {n}, losses {losses}, params {params})</source>
        <translation>历史数组的长度不一致（步数 {n}，损失 {losses}，参数 {params}）</translation>
    </message>
    <message>
        <source>history has {n} rows, more than its capacity {capacity}</source>
        <translation>历史有 {n} 行，超过了其容量 {capacity}</translation>
    </message>
    <message>
        <source>history stride must be a power of two, got {stride}</source>
        <translation>历史记录的步幅（行间隔）必须是 2 的幂，收到的是 {stride}</translation>
    </message>
    <message>
        <source>history steps must increase from 0 and stay below the step count {step_count}</source>
        <translation>历史中的步数必须从 0 开始递增，并小于步数 {step_count}</translation>
    </message>
    <message>
        <source>history steps must be multiples of the stride {stride}</source>
        <translation>历史中的步数必须是其步幅 {stride} 的倍数</translation>
    </message>
    <message>
        <source>{key} must be text, got {value}</source>
        <translation>{key} 必须是文本，收到的是 {value}</translation>
    </message>
    <message>
        <source>{key} is longer than {max} characters</source>
        <translation>{key} 超过 {max} 个字符</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} 不被允许</translation>
    </message>
    <message>
        <source>number {text} is out of range</source>
        <translation>数字 {text} 超出范围</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>重复的键 {key}</translation>
    </message>
</context>
<context>
    <name>LessonSettings</name>
    <message>
        <source>Setting not changed</source>
        <translation>设置未更改</translation>
    </message>
    <message>
        <source>Layer not changed</source>
        <translation>层未更改</translation>
    </message>
    <message>
        <source>New lesson from step 0: {layer}, output {ho}×{wo}, {params} parameters; learning rate {lr} (this layer&apos;s default)</source>
        <translation>从第 0 步开始新的课程：{layer}，输出 {ho}×{wo}，{params} 个参数；学习率 {lr}（本层的默认值）</translation>
    </message>
    <message>
        <source>these images are grey and their file is not at hand: open a colour image or choose a sample first</source>
        <translation>这些图像是灰度的，且其文件不可用：请先打开一张彩色图像或选择一个示例</translation>
    </message>
    <message>
        <source>Image not changed</source>
        <translation>图像未更改</translation>
    </message>
    <message>
        <source>learning rate {text} is not a number from {low} to {high}; it stays {lr}</source>
        <translation>学习率 {text} 不是 {low} 到 {high} 之间的数；保持为 {lr}</translation>
    </message>
    <message>
        <source>Kernel not changed</source>
        <translation>卷积核未更改</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>The loss L = Σ (y − T)² (or its mean) before each update, on a log scale.</source>
        <translation>每次更新前的损失 L = Σ (y − T)²（或其均值），对数刻度。</translation>
    </message>
    <message>
        <source>Loss L (log scale), mean of squared errors</source>
        <translation>损失 L（对数刻度），平方误差的均值</translation>
    </message>
    <message>
        <source>Loss L (log scale), sum of squared errors</source>
        <translation>损失 L（对数刻度），平方误差之和</translation>
    </message>
    <message>
        <source>step {step}: L = &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>第 {step} 步：L = &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The loss {formula} before each update, on a log scale.</source>
        <translation>每次更新前的损失 {formula}，对数刻度。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cnnviz: error: cannot write screenshot {path}</source>
        <translation>cnnviz：错误：无法写入截图 {path}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open Image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <source>Open Folder as Batch…</source>
        <translation>打开文件夹作为批量…</translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation>打开课程…</translation>
    </message>
    <message>
        <source>Open a saved lesson: image, settings, weights, optimizer state and history</source>
        <translation>打开已保存的课程：图像、设置、权重、优化器状态和历史</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Save everything to continue later</source>
        <translation>保存全部内容，以便之后继续</translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation>课程另存为…</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>将历史导出为 CSV…</translation>
    </message>
    <message>
        <source>Loss, weights and gradient buffer per recorded step, for spreadsheets</source>
        <translation>每个记录步的损失、权重和梯度缓冲区，供电子表格使用</translation>
    </message>
    <message>
        <source>Export Tour as Slides…</source>
        <translation>将导览导出为幻灯片…</translation>
    </message>
    <message>
        <source>The guided tour as a 16:9 PDF (one page per chapter) or a folder of 1920x1080 PNGs</source>
        <translation>将导览导出为 16:9 的 PDF（每章一页）或一个 1920x1080 PNG 文件夹</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Step One Update (step-through: forward)</source>
        <translation>单步更新（逐步演示：前进）</translation>
    </message>
    <message>
        <source>Reset to Same Start</source>
        <translation>重置到同一起点</translation>
    </message>
    <message>
        <source>New Random Start</source>
        <translation>重新随机开始</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last reset, new start, new image or settings change</source>
        <translation>撤销最近一次重置、重新开始、新图像或设置更改</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>More updates per second (also in presenter mode)</source>
        <translation>每秒更多次更新（演示模式中也可用）</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>Step Through Backprop</source>
        <translation>逐步演示反向传播</translation>
    </message>
    <message>
        <source>Leave Step-Through or Comparison</source>
        <translation>离开逐步演示或比较</translation>
    </message>
    <message>
        <source>Check Gradient (step-through)</source>
        <translation>检查梯度（逐步演示）</translation>
    </message>
    <message>
        <source>Compare Shared vs Untied</source>
        <translation>比较共享与不共享</translation>
    </message>
    <message>
        <source>Train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw</source>
        <translation>把共享的滤波器（10 个参数）与每个位置各一个滤波器（9,000 个参数）并排训练，然后在一张没见过的图像上测试两者</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Full screen, large text, only play, step and speed: for the classroom</source>
        <translation>全屏、大字，只保留播放、单步和速度：用于课堂</translation>
    </message>
    <message>
        <source>Guided Tour</source>
        <translation>导览</translation>
    </message>
    <message>
        <source>The lesson as chapters: PageDown / PageUp (or → / ←, Space) to move, Esc to leave</source>
        <translation>按章节讲解课程：PageDown / PageUp（或 → / ←、Space）翻页，Esc 离开</translation>
    </message>
    <message>
        <source>Keys for What Is On</source>
        <translation>当前模式的按键</translation>
    </message>
    <message>
        <source>The keys of the mode that is on (tour, step-through, comparison or training)</source>
        <translation>当前模式（导览、逐步演示、比较或训练）的按键</translation>
    </message>
    <message>
        <source>Colormap for Signed Values</source>
        <translation>有符号值的色图</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About the Lesson</source>
        <translation>关于本课程</translation>
    </message>
    <message>
        <source>Check My Backprop…</source>
        <translation>检查我的反向传播…</translation>
    </message>
    <message>
        <source>Run your own backward pass (a .py file or a notebook) on the lesson&apos;s data and name the bug</source>
        <translation>用课程的数据运行你自己的反向传播（.py 文件或 notebook），并指出错误</translation>
    </message>
    <message>
        <source>About the lesson</source>
        <translation>关于本课程</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;One shared filter.&lt;/b&gt; The same 9 weights and 1 bias are used at every position of the image. Backprop runs at each position and every position&apos;s contribution is &lt;i&gt;added&lt;/i&gt; into one 10-value gradient buffer; the summed buffer is then applied once.&lt;/p&gt;&lt;p&gt;Sum or mean only rescales the learning rate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;一个共享的滤波器。&lt;/b&gt;图像的每个位置都使用同样的 9 个权重和 1 个偏置。反向传播在每个位置运行，每个位置的贡献都&lt;i&gt;累加&lt;/i&gt;进同一个 10 个值的梯度缓冲区；求和后的缓冲区只应用一次。&lt;/p&gt;&lt;p&gt;求和还是求均值，只是对学习率的缩放。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>系统语言（{language}）</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The window will be in {language} when cnnviz starts again.</source>
        <translation>下次启动 cnnviz 时，窗口将使用{language}。</translation>
    </message>
</context>
<context>
    <name>MosaicPanel</name>
    <message>
        <source>The untied layer: one 3×3 filter per output position, each tile one position&apos;s own filter. Hover a cell to read which position and weight it is.</source>
        <translation>不共享层：每个输出位置一个 3×3 滤波器，每个方块是一个位置自己的滤波器。将鼠标悬停在单元格上可查看它是哪个位置和哪个权重。</translation>
    </message>
    <message>
        <source>position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>位置 ({i}, {j})：{name} = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;, its own bias = {bias}</source>
        <translation>位置 ({i}, {j})：{name} = &lt;b&gt;{value}&lt;/b&gt;，它自己的偏置 = {bias}</translation>
    </message>
    <message>
        <source>hover a tile to read its position and weight</source>
        <translation>悬停在方块上可查看其位置和权重</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <source>cnnviz figures are drawn on the main thread only (Qt&apos;s rule): call this from the notebook&apos;s cell, not from a thread</source>
        <translation>cnnviz 的图只在主线程中绘制（Qt 的规则）：请在笔记本的单元格中调用，而不是在线程中</translation>
    </message>
    <message>
        <source>a Qt application without widgets (QCoreApplication) already runs in this process; cnnviz draws with widgets and cannot make a second one</source>
        <translation>此进程中已在运行一个没有控件的 Qt 应用（QCoreApplication）；cnnviz 用控件绘图，无法再创建第二个</translation>
    </message>
    <message>
        <source>unknown theme {theme}; choose dark or light</source>
        <translation>未知的主题 {theme}；请选择 dark 或 light</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必须是整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} or more, got {value}</source>
        <translation>{name} 必须大于或等于 {low}，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} {value} is outside {low}..{high}</source>
        <translation>{name} {value} 不在 {low}..{high} 之内</translation>
    </message>
    <message>
        <source>{what} needs a file name, got {type} {value}</source>
        <translation>{what} 需要文件名，收到的是 {type} {value}</translation>
    </message>
    <message>
        <source>scale applies to PNG; SVG is vector</source>
        <translation>scale 适用于 PNG；SVG 是矢量格式</translation>
    </message>
    <message>
        <source>scale does not apply to a slide: it is always 1920x1080</source>
        <translation>scale 不适用于幻灯片：它总是 1920x1080</translation>
    </message>
    <message>
        <source>cannot save an animation to {path}: use .gif</source>
        <translation>无法将动画保存到 {path}：请使用 .gif</translation>
    </message>
    <message>
        <source>check of {function}: your buffer beside the true one</source>
        <translation>{function} 的检查：你的缓冲区与正确的缓冲区并排</translation>
    </message>
    <message>
        <source>your dw and db beside the true ones</source>
        <translation>你的 dw 和 db 与正确值并排</translation>
    </message>
    <message>
        <source>the report as text</source>
        <translation>报告文本</translation>
    </message>
    <message>
        <source>color must be True or False, got {value}</source>
        <translation>color 必须是 True 或 False，收到的是 {value}</translation>
    </message>
    <message>
        <source>target must be text, a kernel&apos;s name or &apos;a,b,c;d,e,f;g,h,i&apos;, got {value}</source>
        <translation>target（目标）必须是文本：卷积核的名称或 &apos;a,b,c;d,e,f;g,h,i&apos;，收到的是 {value}</translation>
    </message>
    <message>
        <source>give either an image or a sample, not both</source>
        <translation>只能给出图像或示例之一，不能同时给出</translation>
    </message>
    <message>
        <source>a lesson holds at most 2**62 steps; it is at {step}, and {steps} more would pass that</source>
        <translation>一个课程最多容纳 2**62 步；当前在第 {step} 步，再加 {steps} 步就会超过</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {choices}</source>
        <translation>未知的面板 {name}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>{panel} at step {step}</source>
        <translation>第 {step} 步的 {panel}</translation>
    </message>
    <message>
        <source>{panel} at step {step} after {position} positions</source>
        <translation>第 {step} 步、{position} 个位置之后的 {panel}</translation>
    </message>
    <message>
        <source>unknown slide panel {names}; choose from {choices}</source>
        <translation>未知的幻灯片面板 {names}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>unknown slide panel (none given); choose from {choices}</source>
        <translation>未知的幻灯片面板（未给出）；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>slide at step {step}</source>
        <translation>第 {step} 步的幻灯片</translation>
    </message>
    <message>
        <source>stepthrough needs a position: 0..the number of positions</source>
        <translation>stepthrough 需要一个位置：0..位置数</translation>
    </message>
    <message>
        <source>step-through at step {step}: {counter}</source>
        <translation>第 {step} 步的逐步演示：{counter}</translation>
    </message>
    <message>
        <source>position {position} is outside 0..{positions} (the number of positions)</source>
        <translation>位置 {position} 不在 0..{positions}（位置数）之内</translation>
    </message>
    <message>
        <source>unknown mode {mode}; choose train or pass</source>
        <translation>未知的模式 {mode}；请选择 train 或 pass</translation>
    </message>
    <message>
        <source>position applies to mode=&apos;pass&apos;</source>
        <translation>position（位置）适用于 mode=&apos;pass&apos;</translation>
    </message>
    <message>
        <source>one backward pass, {count} of {positions} positions</source>
        <translation>一遍反向传播，{positions} 个位置中的 {count} 个</translation>
    </message>
    <message>
        <source>training from step {step}, a frame every {every} updates</source>
        <translation>从第 {step} 步开始训练，每 {every} 次更新一帧</translation>
    </message>
    <message>
        <source>rendering frames</source>
        <translation>正在渲染帧</translation>
    </message>
    <message>
        <source>unknown convention {name}; choose one of {choices}</source>
        <translation>未知的约定 {name}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>timeout must be a positive number of seconds, got {value}</source>
        <translation>timeout 必须是正的秒数，收到的是 {value}</translation>
    </message>
    <message>
        <source>{function} (from the notebook)</source>
        <translation>{function}（来自笔记本）</translation>
    </message>
    <message>
        <source>image must be a file, a folder or an array: {reason}</source>
        <translation>image 必须是文件、文件夹或数组：{reason}</translation>
    </message>
    <message>
        <source>image of shape {shape} looks like one colour image (H, W, {c}); a lesson&apos;s image is grey: pass image.mean(axis=2), or a batch as (N, H, W)</source>
        <translation>形状为 {shape} 的图像看起来是一张彩色图像 (H, W, {c})；课程的图像是灰度的：请传入 image.mean(axis=2)，或以 (N, H, W) 传入一个批量</translation>
    </message>
    <message>
        <source>image has {n} pixels; the most a lesson holds is {max} (as float64, {mb} MB)</source>
        <translation>图像有 {n} 个像素；一个课程最多容纳 {max} 个（float64，{mb} MB）</translation>
    </message>
    <message>
        <source>image must be an array of numbers, got dtype {dtype}</source>
        <translation>image 必须是数值数组，收到的是 dtype {dtype}</translation>
    </message>
    <message>
        <source>image values must be in [0, 1] (got {low}..{high}); divide by 255 for 8-bit pixels</source>
        <translation>图像的值必须在 [0, 1] 之内（收到的是 {low}..{high}）；8 位像素请除以 255</translation>
    </message>
    <message>
        <source>check() needs a function defined with def, got {type}</source>
        <translation>check() 需要用 def 定义的函数，收到的是 {type}</translation>
    </message>
    <message>
        <source>check() needs a function defined with def, not a lambda</source>
        <translation>check() 需要用 def 定义的函数，而不是 lambda</translation>
    </message>
    <message>
        <source>check() needs a function whose name is a Python name, got {name}</source>
        <translation>check() 需要名称为合法 Python 名称的函数，收到的是 {name}</translation>
    </message>
    <message>
        <source>check() carries {n} characters of source and constants from the notebook (limit {max}): keep large data out of the globals your function uses</source>
        <translation>check() 从笔记本带入了 {n} 个字符的源代码和常量（上限 {max}）：请不要让函数使用的全局变量包含大量数据</translation>
    </message>
    <message>
        <source>cannot read the source of {name}: define it with def in a notebook cell or a .py file</source>
        <translation>无法读取 {name} 的源代码：请在笔记本单元格或 .py 文件中用 def 定义它</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>The output map: the same 3x3 filter and bias applied at every position. Hover a cell to outline the input pixels it was computed from.</source>
        <translation>输出图：在每个位置应用同一个 3x3 滤波器和偏置。将鼠标悬停在单元格上可框出计算它所用的输入像素。</translation>
    </message>
    <message>
        <source>Output map y = w ★ x + b ({size})</source>
        <translation>输出图 y = w ★ x + b（{size}）</translation>
    </message>
    <message>
        <source>Output map y = w ★ x + b after {activation} ({size})</source>
        <translation>输出图 y = w ★ x + b，经过 {activation}（{size}）</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>row {row}, col {col}: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>第 {row} 行，第 {col} 列：&lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>hover a cell to read its value</source>
        <translation>悬停在单元格上可查看其值</translation>
    </message>
    <message>
        <source>· hover a cell for its number</source>
        <translation>· 悬停在单元格上可查看其数值</translation>
    </message>
    <message>
        <source>{channel}, row {row}, col {col}: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>{channel}，第 {row} 行，第 {col} 列：&lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ParamsCard</name>
    <message>
        <source>({weights} weights + 1 bias), shared by all {positions} positions</source>
        <translation>（{weights} 个权重 + 1 个偏置），由全部 {positions} 个位置共享</translation>
    </message>
    <message>
        <source>({weights} weights + 1 bias), shared by all {total} positions ({n} images × {positions})</source>
        <translation>（{weights} 个权重 + 1 个偏置），由全部 {total} 个位置共享（{n} 张图像 × {positions}）</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} 个参数</translation>
    </message>
    <message>
        <source>A dense layer from {inputs} to {outputs} would need</source>
        <translation>从 {inputs} 到 {outputs} 的全连接层需要</translation>
    </message>
    <message>
        <source>({inputs} × {outputs} weights + {outputs} biases)</source>
        <translation>（{inputs} × {outputs} 个权重 + {outputs} 个偏置）</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>settings file {path} is damaged; using the defaults (it will be rewritten)</source>
        <translation>设置文件 {path} 已损坏；使用默认值（该文件将被重写）</translation>
    </message>
    <message>
        <source>cnnviz: warning: {message}</source>
        <translation>cnnviz：警告：{message}</translation>
    </message>
    <message>
        <source>setting {key}={value} is not valid; using {default}</source>
        <translation>设置 {key}={value} 无效；使用 {default}</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Slower (−)</source>
        <translation>减慢 (−)</translation>
    </message>
    <message>
        <source>Faster (+)</source>
        <translation>加快 (+)</translation>
    </message>
    <message>
        <source>F11 leaves presenter mode</source>
        <translation>按 F11 离开演示模式</translation>
    </message>
    <message>
        <source>{button} (Space)</source>
        <translation>{button} (Space)</translation>
    </message>
    <message>
        <source>{button} (→)</source>
        <translation>{button} (→)</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>不是文件名</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>符号链接循环</translation>
    </message>
    <message>
        <source>{name} is not a folder</source>
        <translation>{name} 不是文件夹</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a regular file; it is left as it was</source>
        <translation>它是文件夹，不是普通文件；保持原样不动</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a regular file; it is left as it was</source>
        <translation>它是 FIFO（命名管道），不是普通文件；保持原样不动</translation>
    </message>
    <message>
        <source>it is a device, not a regular file; it is left as it was</source>
        <translation>它是设备，不是普通文件；保持原样不动</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file; it is left as it was</source>
        <translation>它是套接字，不是普通文件；保持原样不动</translation>
    </message>
    <message>
        <source>it is a special file, not a regular file; it is left as it was</source>
        <translation>它是特殊文件，不是普通文件；保持原样不动</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>文件夹不可写</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>A circle, square, triangle and bar on a textured gradient: any 3x3 filter can be learned from it</source>
        <translation>带纹理的亮度梯度背景上的圆、正方形、三角形和长条：任何 3x3 滤波器都能从中学到</translation>
    </message>
    <message>
        <source>A handwritten-style 3, white on black, like an MNIST digit</source>
        <translation>手写风格的 3，黑底白字，像 MNIST 数字</translation>
    </message>
    <message>
        <source>A bright rectangle on a dark background: vertical and horizontal edges</source>
        <translation>暗背景上的亮矩形：竖直和水平边缘</translation>
    </message>
    <message>
        <source>A bright disc on a dark background: edges in every direction</source>
        <translation>暗背景上的亮圆盘：各个方向的边缘</translation>
    </message>
    <message>
        <source>Vertical black and white stripes, 2 pixels wide at 32x32</source>
        <translation>黑白竖条纹，在 32x32 下宽 2 像素</translation>
    </message>
    <message>
        <source>An 8x8 black and white checkerboard</source>
        <translation>8x8 黑白棋盘格</translation>
    </message>
    <message>
        <source>A smooth ramp from dark (top left) to light (bottom right)</source>
        <translation>从暗（左上）到亮（右下）的平滑渐变</translation>
    </message>
    <message>
        <source>A natural-looking random texture, like clouds or stone (fractal noise)</source>
        <translation>看起来自然的随机纹理，像云或石头（分形噪声）</translation>
    </message>
    <message>
        <source>Coloured shapes on a colour grain, R, G and B varying independently: the colour lesson&apos;s image (--color)</source>
        <translation>彩色颗粒背景上的彩色形状，R、G、B 各自独立变化：彩色课程的图像（--color）</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>step {step} · epoch {epoch} · loss {loss} · {rate} steps/s · playing</source>
        <translation>第 {step} 步 · 第 {epoch} 轮 · 损失 {loss} · {rate} 步/秒 · 播放中</translation>
    </message>
    <message>
        <source>step {step} · epoch {epoch} · loss {loss} · {rate} steps/s · paused</source>
        <translation>第 {step} 步 · 第 {epoch} 轮 · 损失 {loss} · {rate} 步/秒 · 已暂停</translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <source>the step-through of {positions} positions needs {need} MiB, more than the limit of {limit} MiB; use fewer images or a smaller --size</source>
        <translation>{positions} 个位置的逐步演示需要 {need} MiB，超过了 {limit} MiB 的上限；请使用更少的图像或更小的 --size</translation>
    </message>
    <message>
        <source>position 0 of {P}: nothing added yet</source>
        <translation>位置 0 / {P}：尚未累加任何内容</translation>
    </message>
    <message>
        <source>position {count} of {P}: image {image} of {images}, row {row}, col {col} (rows and cols from 0)</source>
        <translation>位置 {count} / {P}：第 {image} / {images} 张图像，行 {row}，列 {col}（行和列从 0 开始）</translation>
    </message>
    <message>
        <source>position {count} of {P}: row {row}, col {col} (rows and cols from 0)</source>
        <translation>位置 {count} / {P}：行 {row}，列 {col}（行和列从 0 开始）</translation>
    </message>
    <message>
        <source>{P} ({n} images × {each})</source>
        <translation>{P}（{n} 张图像 × {each}）</translation>
    </message>
    <message>
        <source>the update is applied once, at the end of the pass: {count} of {P} positions added</source>
        <translation>更新只在这一遍结束时应用一次：已累加 {P} 个位置中的 {count} 个</translation>
    </message>
    <message>
        <source>the trainer changed since this step-through was built; call rebuild()</source>
        <translation>创建此逐步演示之后训练器已改变；请调用 rebuild()</translation>
    </message>
    <message>
        <source>&apos;mean&apos; would divide this buffer by {what}, so &apos;mean&apos; needs lr × {P} for the same update.</source>
        <translation>&apos;mean&apos; 会把这个缓冲区除以 {what}，所以 &apos;mean&apos; 需要 lr × {P} 才能得到相同的更新。</translation>
    </message>
    <message>
        <source>&apos;mean&apos; has already divided this buffer by {what}; &apos;sum&apos; gives the same update with lr / {P}.</source>
        <translation>&apos;mean&apos; 已经把这个缓冲区除以 {what}；&apos;sum&apos; 用 lr / {P} 得到相同的更新。</translation>
    </message>
    <message>
        <source>training diverged after step {step}: the update overflowed; the last finite weights are kept.</source>
        <translation>训练在第 {step} 步后发散：更新溢出；保留最后的有限权重。</translation>
    </message>
</context>
<context>
    <name>StepThroughMode</name>
    <message>
        <source>Step-through not started</source>
        <translation>逐步演示未启动</translation>
    </message>
    <message>
        <source>Tracing the backward pass at every position…</source>
        <translation>正在逐个位置追踪反向传播过程…</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>逐步演示</translation>
    </message>
    <message>
        <source>Tracing the backward pass again…</source>
        <translation>正在重新追踪反向传播过程…</translation>
    </message>
    <message>
        <source>Update not applied</source>
        <translation>更新未应用</translation>
    </message>
    <message>
        <source>Applying the update and tracing the next pass…</source>
        <translation>正在应用更新并追踪下一遍…</translation>
    </message>
    <message>
        <source>overwritten after {count} of {P} positions</source>
        <translation>{P} 个位置中的 {count} 个之后被覆盖</translation>
    </message>
    <message>
        <source>running sum after {count} of {P} positions</source>
        <translation>{P} 个位置中的 {count} 个之后的累加和</translation>
    </message>
    <message>
        <source>, after {count} of {P} positions</source>
        <translation>，{P} 个位置中的 {count} 个之后</translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <source>target T = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>目标 T = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>({loss} over {positions} positions)</source>
        <translation>（{loss}，对 {positions} 个位置求和）</translation>
    </message>
    <message>
        <source>The update: v ← μv + buffer (μ = {momentum}), then w ← w − lr·v (lr = {lr}), once for each of the {n} parameters (table: “old v” is the velocity before this update).</source>
        <translation>更新：v ← μv + 缓冲区（μ = {momentum}），然后 w ← w − lr·v（lr = {lr}），对 {n} 个参数各做一次（表格：“旧 v”是本次更新前的速度）。</translation>
    </message>
    <message>
        <source>The update: w ← w − lr × buffer (lr = {lr}), once for each of the {n} parameters (table).</source>
        <translation>更新：w ← w − lr × 缓冲区（lr = {lr}），对 {n} 个参数各做一次（见表格）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass complete:&lt;/b&gt; &lt;span style=&apos;color:#D55E00&apos;&gt;each of the {positions} positions overwrote the buffer (the bug), so it holds only the last one&apos;s contribution.&lt;/span&gt;</source>
        <translation>&lt;b&gt;这一遍完成：&lt;/b&gt;&lt;span style=&apos;color:#D55E00&apos;&gt;{positions} 个位置中的每一个都覆盖了缓冲区（这个错误），所以它只保留了最后一个位置的贡献。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass complete:&lt;/b&gt; all {positions} positions added into the buffer.</source>
        <translation>&lt;b&gt;这一遍完成：&lt;/b&gt;全部 {positions} 个位置都已累加到缓冲区。</translation>
    </message>
    <message>
        <source>Patch {x}: {n} of {k2} are padding (0)</source>
        <translation>图块 {x}：{k2} 个中有 {n} 个是填充 (0)</translation>
    </message>
    <message>
        <source>Patch {x}</source>
        <translation>图块 {x}</translation>
    </message>
    <message>
        <source>Untied, R | G | B: each position&apos;s gradient in its own tiles ({filled} of {tiles} filled in; each tile sums its position over the {n} images: {count} of {P} added)</source>
        <translation>不共享，R | G | B：每个位置的梯度放在自己的方块中（已填 {filled}/{tiles}；每个方块对 {n} 张图像中该位置求和：已加 {count}/{P}）</translation>
    </message>
    <message>
        <source>Untied: each position&apos;s gradient in its own tile ({filled} of {tiles} filled in; each tile sums its position over the {n} images: {count} of {P} added)</source>
        <translation>不共享：每个位置的梯度放在自己的方块中（已填 {filled}/{tiles}；每个方块对 {n} 张图像中该位置求和：已加 {count}/{P}）</translation>
    </message>
    <message>
        <source>Untied, R | G | B: each position&apos;s gradient in its own tiles ({filled} of {tiles} filled in)</source>
        <translation>不共享，R | G | B：每个位置的梯度放在自己的方块中（已填 {filled}/{tiles}）</translation>
    </message>
    <message>
        <source>Untied: each position&apos;s gradient in its own tile ({filled} of {tiles} filled in)</source>
        <translation>不共享：每个位置的梯度放在自己的方块中（已填 {filled}/{tiles}）</translation>
    </message>
    <message>
        <source>one position</source>
        <translation>一个位置</translation>
    </message>
    <message>
        <source>one row of positions</source>
        <translation>一行位置</translation>
    </message>
    <message>
        <source>the whole pass</source>
        <translation>整遍</translation>
    </message>
    <message>
        <source>the update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>one epoch</source>
        <translation>一轮</translation>
    </message>
    <message>
        <source>The 3x3 input pixels under the filter at this position (its receptive field).</source>
        <translation>此位置滤波器下方的 3x3 输入像素（它的感受野）。</translation>
    </message>
    <message>
        <source>This position&apos;s contribution δ · patch: ADDED into the gradient buffer.</source>
        <translation>此位置的贡献 δ · 图块：累加到梯度缓冲区中。</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s 9 pixels.</source>
        <translation>此位置的输入 δ · w：累加到 ∂L/∂x 中该图块的 9 个像素上。</translation>
    </message>
    <message>
        <source>One weight&apos;s contribution from each position so far; the map sums to its buffer value.</source>
        <translation>到目前为止每个位置对一个权重的贡献；此图之和等于它在缓冲区中的值。</translation>
    </message>
    <message>
        <source>If every position had its own filter (untied), position p&apos;s gradient δ·patch would stay in its own tile. Stepping one position adds only into that position&apos;s tile (with a batch, the same position in every image adds into the same tile).</source>
        <translation>如果每个位置都有自己的滤波器（不共享），位置 p 的梯度 δ·图块会留在它自己的方块中。前进一个位置只会累加到该位置的方块（对于一个批量，每张图像的同一位置累加到同一个方块）。</translation>
    </message>
    <message>
        <source>position ({i}, {j}), {channel}: {name} = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>位置 ({i}, {j})，{channel}：{name} = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All the tiles added up: exactly the shared buffer. Weight sharing = summing the tiles.</source>
        <translation>所有方块相加：正好就是共享的缓冲区。权重共享 = 把方块相加。</translation>
    </message>
    <message>
        <source>Positions added into the buffer so far, of P, in raster order (row by row, left to right). The position is counted from 1; rows and cols from 0, as on the maps&apos; axes.</source>
        <translation>到目前为止已累加到缓冲区的位置数（共 P 个），按光栅顺序（逐行，从左到右）。位置从 1 开始计数；行和列从 0 开始，与各图的坐标轴一致。</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Back one step (Left): exact, read from the recorded pass</source>
        <translation>后退一步（Left）：精确，从记录的这一遍中读取</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>前进 ▶</translation>
    </message>
    <message>
        <source>Forward one step (Right)</source>
        <translation>前进一步（Right）</translation>
    </message>
    <message>
        <source>|◀ Start</source>
        <translation>|◀ 开始</translation>
    </message>
    <message>
        <source>Start of the pass: nothing added yet (Home)</source>
        <translation>这一遍的开始：尚未累加任何内容（Home）</translation>
    </message>
    <message>
        <source>End ▶|</source>
        <translation>结束 ▶|</translation>
    </message>
    <message>
        <source>End of the pass: all positions added (End)</source>
        <translation>这一遍的结束：所有位置都已累加（End）</translation>
    </message>
    <message>
        <source>How far Back/Forward (Left/Right) move</source>
        <translation>后退/前进（Left/Right）每次移动多远</translation>
    </message>
    <message>
        <source>Overwrite instead of add (bug)</source>
        <translation>覆盖而不是累加（错误）</translation>
    </message>
    <message>
        <source>A deliberate bug: the buffer keeps only the last position&apos;s contribution</source>
        <translation>一个故意的错误：缓冲区只保留最后一个位置的贡献</translation>
    </message>
    <message>
        <source>Check gradient</source>
        <translation>检查梯度</translation>
    </message>
    <message>
        <source>Compare the full-pass buffer (all P positions, whatever the position shown) with central finite differences of the loss (G)</source>
        <translation>将整遍的缓冲区（全部 P 个位置，无论当前显示哪个位置）与损失的中心有限差分进行比较（G）</translation>
    </message>
    <message>
        <source>Exit step-through</source>
        <translation>退出逐步演示</translation>
    </message>
    <message>
        <source>Back to training (B or Esc)</source>
        <translation>返回训练（B 或 Esc）</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>每次前进：</translation>
    </message>
    <message>
        <source>Scrub through the positions 0..P</source>
        <translation>在位置 0..P 之间拖动</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>缓冲区</translation>
    </message>
    <message>
        <source>w − lr × buffer</source>
        <translation>w − lr × 缓冲区</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>full-pass buffer</source>
        <translation>整遍缓冲区</translation>
    </message>
    <message>
        <source>finite difference</source>
        <translation>有限差分</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>相对误差</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Hover a weight in the filter or buffer</source>
        <translation>将鼠标悬停在滤波器或缓冲区中的一个权重上</translation>
    </message>
    <message>
        <source>One weight</source>
        <translation>单个权重</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Train 300 steps both ways: sum vs overwrite</source>
        <translation>两种方式各训练 300 步：累加 vs 覆盖</translation>
    </message>
    <message>
        <source>Add/overwrite</source>
        <translation>累加/覆盖</translation>
    </message>
    <message>
        <source>Untied</source>
        <translation>不共享</translation>
    </message>
    <message>
        <source>The update, applied once after the whole pass</source>
        <translation>更新，在整遍之后只应用一次</translation>
    </message>
    <message>
        <source>Gradient check: the full-pass buffer against finite differences (G)</source>
        <translation>梯度检查：整遍缓冲区与有限差分对比（G）</translation>
    </message>
    <message>
        <source>One weight&apos;s contribution map (hover a weight)</source>
        <translation>单个权重的贡献图（悬停在一个权重上）</translation>
    </message>
    <message>
        <source>Add vs overwrite: train both ways</source>
        <translation>累加 vs 覆盖：两种方式都训练</translation>
    </message>
    <message>
        <source>Untied view: each position&apos;s gradient in its own tile (colour: R | G | B mosaics)</source>
        <translation>不共享视图：每个位置的梯度放在自己的方块中（彩色：R | G | B 拼图）</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Patch x (no position yet)</source>
        <translation>图块 x（尚无位置）</translation>
    </message>
    <message>
        <source>δ · patch → buffer</source>
        <translation>δ · 图块 → 缓冲区</translation>
    </message>
    <message>
        <source>δ · w → ∂L/∂x</source>
        <translation>δ · w → ∂L/∂x</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Right&lt;/b&gt; to run backprop at the first position and add its contribution into the buffer.</source>
        <translation>按 &lt;b&gt;Right&lt;/b&gt;（右方向键）在第一个位置运行反向传播，并把它的贡献累加到缓冲区。</translation>
    </message>
    <message>
        <source>No position added yet: the buffer is all zeros.</source>
        <translation>尚未累加任何位置：缓冲区全为零。</translation>
    </message>
    <message>
        <source>δ · patch → replaces the buffer (the bug)</source>
        <translation>δ · 图块 → 替换缓冲区（这个错误）</translation>
    </message>
    <message>
        <source>δ · patch → added into the buffer</source>
        <translation>δ · 图块 → 累加到缓冲区</translation>
    </message>
    <message>
        <source>δ for the bias: &lt;b&gt;{value}&lt;/b&gt; · the padding&apos;s cells add 0</source>
        <translation>偏置的 δ：&lt;b&gt;{value}&lt;/b&gt; · 填充的单元格加 0</translation>
    </message>
    <message>
        <source>δ for the bias: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>偏置的 δ：&lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>δ · w → added into ∂L/∂x</source>
        <translation>δ · w → 累加到 ∂L/∂x</translation>
    </message>
    <message>
        <source>only the cells inside the dashed edge: the padding is not an input</source>
        <translation>只有虚线边框内的单元格：填充不是输入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overwrite bug on:&lt;/b&gt; the buffer now holds only this position&apos;s contribution.</source>
        <translation>&lt;b&gt;覆盖错误已开启：&lt;/b&gt;缓冲区现在只保留此位置的贡献。</translation>
    </message>
    <message>
        <source>The gradient buffer is the sum of every contribution so far: same {n} parameters, gradients just &lt;b&gt;add&lt;/b&gt;.</source>
        <translation>梯度缓冲区是到目前为止所有贡献之和：同样的 {n} 个参数，梯度只是&lt;b&gt;相加&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The {size} input values under the filter at this position (its receptive field), the filter&apos;s 1 pixel on from the last one&apos;s.</source>
        <translation>此位置滤波器下方的 {size} 个输入值（它的感受野），比上一个位置前移 1 个像素。</translation>
    </message>
    <message>
        <source>The {size} input values under the filter at this position (its receptive field), the filter&apos;s {s} pixels on from the last one&apos;s.</source>
        <translation>此位置滤波器下方的 {size} 个输入值（它的感受野），比上一个位置前移 {s} 个像素。</translation>
    </message>
    <message>
        <source>Cells outside the dashed edge lie on the padding&apos;s border: zeros, not pixels.</source>
        <translation>虚线边框外的单元格位于填充边框上：是零，不是像素。</translation>
    </message>
    <message>
        <source>One grid per channel: R, G, B.</source>
        <translation>每个通道一个网格：R、G、B。</translation>
    </message>
    <message>
        <source>The padding&apos;s zeros add 0.</source>
        <translation>填充的零加 0。</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s {n} input values on the image (the padding&apos;s cells are not inputs: dropped).</source>
        <translation>此位置的输入 δ · w：累加到 ∂L/∂x 中该图块在图像上的 {n} 个输入值（填充的单元格不是输入：丢弃）。</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s {n} input values.</source>
        <translation>此位置的输入 δ · w：累加到 ∂L/∂x 中该图块的 {n} 个输入值上。</translation>
    </message>
    <message>
        <source>old v</source>
        <translation>旧 v</translation>
    </message>
    <message>
        <source>μv + buffer</source>
        <translation>μv + 缓冲区</translation>
    </message>
    <message>
        <source>The update is applied once, after all {positions} positions have added their contribution.</source>
        <translation>在全部 {positions} 个位置都累加了各自的贡献之后，更新只应用一次。</translation>
    </message>
    <message>
        <source>Press End, then → to apply it.</source>
        <translation>按 End，再按 → 应用它。</translation>
    </message>
    <message>
        <source>Sum of all tiles = the shared buffer</source>
        <translation>所有方块之和 = 共享的缓冲区</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overwrite bug on:&lt;/b&gt; the buffer is NOT this sum</source>
        <translation>&lt;b&gt;覆盖错误已开启：&lt;/b&gt;缓冲区不是这个和</translation>
    </message>
    <message>
        <source>= the buffer ∂L/∂w above</source>
        <translation>= 上方的缓冲区 ∂L/∂w</translation>
    </message>
    <message>
        <source>The full-pass buffer with the overwrite bug (position {P}&apos;s contribution alone, not a sum) against central finite differences of the loss.</source>
        <translation>带覆盖错误的整遍缓冲区（只有位置 {P} 的贡献，而不是和）与损失的中心有限差分对比。</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all positions, against central finite differences of the loss.</source>
        <translation>对所有位置求和的整遍缓冲区，与损失的中心有限差分对比。</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all {positions} positions (the buffer shown above is the running sum after {count} of them), against central finite differences of the loss.</source>
        <translation>对全部 {positions} 个位置求和的整遍缓冲区（上方显示的缓冲区是其中 {count} 个之后的累加和），与损失的中心有限差分对比。</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all {positions} positions, against central finite differences of the loss.</source>
        <translation>对全部 {positions} 个位置求和的整遍缓冲区，与损失的中心有限差分对比。</translation>
    </message>
    <message>
        <source>Contribution of {name} at each position of image {i} of {n}</source>
        <translation>{name} 在第 {i} 张图像（共 {n} 张）每个位置的贡献</translation>
    </message>
    <message>
        <source>this image&apos;s map sums to &lt;b&gt;{sum}&lt;/b&gt;; the maps of all {n} images sum to the buffer value &lt;b&gt;{buffer}&lt;/b&gt;</source>
        <translation>此图像的图之和为 &lt;b&gt;{sum}&lt;/b&gt;；全部 {n} 张图像的图之和等于缓冲区的值 &lt;b&gt;{buffer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contribution of {name} at each position</source>
        <translation>{name} 在每个位置的贡献</translation>
    </message>
    <message>
        <source>sum of the map = &lt;b&gt;{sum}&lt;/b&gt; = buffer value &lt;b&gt;{buffer}&lt;/b&gt;</source>
        <translation>此图之和 = &lt;b&gt;{sum}&lt;/b&gt; = 缓冲区的值 &lt;b&gt;{buffer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>add (correct)</source>
        <translation>累加（正确）</translation>
    </message>
    <message>
        <source>overwrite (bug)</source>
        <translation>覆盖（错误）</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>The target map T: the target kernel (e.g. Sobel-x) slid over the input. Training makes the output map match it. Same colour scale as the output map.</source>
        <translation>目标图 T：目标卷积核（例如 Sobel-x）在输入上滑动的结果。训练使输出图与之一致。与输出图使用相同的颜色刻度。</translation>
    </message>
    <message>
        <source>typed {k}×{k}</source>
        <translation>输入的 {k}×{k}</translation>
    </message>
    <message>
        <source>Target map T ({name}, {size})</source>
        <translation>目标图 T（{name}，{size}）</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>{name}: not a UTF-8 text file</source>
        <translation>{name}：不是 UTF-8 文本文件</translation>
    </message>
    <message>
        <source>cannot read tour {path}: {reason}</source>
        <translation>无法读取导览 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot read tour {path}: not a regular file</source>
        <translation>无法读取导览 {path}：不是普通文件</translation>
    </message>
    <message>
        <source>tour {path} is {size} bytes (limit {limit}): a tour is a short text file</source>
        <translation>导览 {path} 有 {size} 字节（上限 {limit}）：导览应是一个短文本文件</translation>
    </message>
    <message>
        <source>{source} line {line}: unknown top-level key {key} (a tour is a list of {tables} tables)</source>
        <translation>{source} 第 {line} 行：未知的顶层键 {key}（导览是 {tables} 表的列表）</translation>
    </message>
    <message>
        <source>{source}: no {tables} tables</source>
        <translation>{source}：没有 {tables} 表</translation>
    </message>
    <message>
        <source>{source} line {line}: chapters must be [[chapter]] tables, not {kind} values</source>
        <translation>{source} 第 {line} 行：章节必须是 [[chapter]] 表，而不是 {kind} 值</translation>
    </message>
    <message>
        <source>{source}: {count} chapters (limit {limit})</source>
        <translation>{source}：{count} 个章节（上限 {limit}）</translation>
    </message>
    <message>
        <source>{source} line {line}</source>
        <translation>{source} 第 {line} 行</translation>
    </message>
    <message>
        <source>{where}: chapter {number}: {problem}</source>
        <translation>{where}：第 {number} 章：{problem}</translation>
    </message>
    <message>
        <source>unknown key {key} (known: {known})</source>
        <translation>未知键 {key}（已知：{known}）</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing or empty</source>
        <translation>&apos;{key}&apos; 缺失或为空</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of {options}</source>
        <translation>{key} = {value} 不是 {options} 之一</translation>
    </message>
    <message>
        <source>{key} = {value} must be a whole number from 0 to {top}</source>
        <translation>{key} = {value} 必须是 0 到 {top} 之间的整数</translation>
    </message>
    <message>
        <source>settings must be a table, e.g. {example}</source>
        <translation>settings 必须是一个表，例如 {example}</translation>
    </message>
    <message>
        <source>unknown setting {key} (known: {known})</source>
        <translation>未知设置 {key}（已知：{known}）</translation>
    </message>
    <message>
        <source>settings: lr = &quot;equivalent&quot; carries the tour&apos;s start&apos;s rate to another reduction; a chapter that sets {key} is another layer (give a number, or leave lr out for this layer&apos;s default)</source>
        <translation>settings：lr = &quot;equivalent&quot; 把导览开始时的学习率换算到另一种归约；设置了 {key} 的章节是另一个层（请给出一个数，或省略 lr 以使用该层的默认值）</translation>
    </message>
    <message>
        <source>settings: {reason}</source>
        <translation>settings：{reason}</translation>
    </message>
    <message>
        <source>{key}: {fact} is the comparison&apos;s test: it needs mode = &quot;compare&quot;</source>
        <translation>{key}：{fact} 是对比的测试结果：需要 mode = &quot;compare&quot;</translation>
    </message>
    <message>
        <source>{key}: {fact} is the checker&apos;s verdict: it needs mode = &quot;check&quot;</source>
        <translation>{key}：{fact} 是检查器的结论：需要 mode = &quot;check&quot;</translation>
    </message>
    <message>
        <source> (this chapter sets {flag})</source>
        <translation>（本章设置了 {flag}）</translation>
    </message>
    <message>
        <source>{key}: {shown} can never show: a lesson cannot have {why}{because}</source>
        <translation>{key}：{shown} 永远不会显示：一个课程不能同时有 {why}{because}</translation>
    </message>
    <message>
        <source>highlight = {value}: use panel names from {names}</source>
        <translation>highlight = {value}：请使用以下面板名称：{names}</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} 必须是 true 或 false</translation>
    </message>
    <message>
        <source>{key} applies to mode = &quot;stepthrough&quot; only</source>
        <translation>{key} 仅适用于 mode = &quot;stepthrough&quot;</translation>
    </message>
    <message>
        <source>focus = true needs mode = &quot;normal&quot; and the panels to show in highlight</source>
        <translation>focus = true 需要 mode = &quot;normal&quot;，并在 highlight 中列出要显示的面板</translation>
    </message>
    <message>
        <source>{update} needs {position} (the update comes after the whole pass)</source>
        <translation>{update} 需要 {position}（更新在整遍之后进行）</translation>
    </message>
    <message>
        <source>mode = &quot;check&quot; needs example = &quot;a learner&apos;s file&quot;</source>
        <translation>mode = &quot;check&quot; 需要 example = &quot;学习者的文件&quot;</translation>
    </message>
    <message>
        <source>example applies to mode = &quot;check&quot; only</source>
        <translation>example 仅适用于 mode = &quot;check&quot;</translation>
    </message>
    <message>
        <source>example = {value}: no such file in {folder}</source>
        <translation>example = {value}：{folder} 中没有这个文件</translation>
    </message>
    <message>
        <source>test = {value} is not one of {options}</source>
        <translation>test = {value} 不是 {options} 之一</translation>
    </message>
    <message>
        <source>chapter {number} cannot be shown on this lesson: {reason}</source>
        <translation>第 {number} 章无法在此课程上显示：{reason}</translation>
    </message>
    <message>
        <source>chapter {number} asks for position {position}, but this lesson has P = {P}: it shows the end of the pass</source>
        <translation>第 {number} 章要求位置 {position}，但此课程 P = {P}：显示这一遍的结尾</translation>
    </message>
    <message>
        <source>chapter {number} says {literal}, but this lesson has {name} = {value}: write {placeholder}</source>
        <translation>第 {number} 章写的是 {literal}，但此课程 {name} = {value}：请写 {placeholder}</translation>
    </message>
</context>
<context>
    <name>TourCheck</name>
    <message>
        <source>The checker runs this file in a separate process, on the lesson&apos;s data and on probes.</source>
        <translation>检查器在单独的进程中运行此文件，使用本课程的数据和探测用例。</translation>
    </message>
    <message>
        <source>{name}: a learner&apos;s backward pass</source>
        <translation>{name}：一位学习者的反向传播过程</translation>
    </message>
    <message>
        <source>not checked ({reason}).</source>
        <translation>未检查（{reason}）。</translation>
    </message>
    <message>
        <source>Cancelled: the check was stopped.</source>
        <translation>已取消：检查已停止。</translation>
    </message>
</context>
<context>
    <name>TourMode</name>
    <message>
        <source>Tour not opened</source>
        <translation>导览未打开</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 条）</translation>
    </message>
    <message>
        <source>tour: {warning}{more}</source>
        <translation>导览：{warning}{more}</translation>
    </message>
    <message>
        <source>Chapter not shown</source>
        <translation>章节未显示</translation>
    </message>
    <message>
        <source>chapter {number}: {reason}</source>
        <translation>第 {number} 章：{reason}</translation>
    </message>
    <message>
        <source>the colour sample &apos;{sample}&apos; (this chapter only)</source>
        <translation>彩色示例图像 &apos;{sample}&apos;（仅本章）</translation>
    </message>
    <message>
        <source>Test not run</source>
        <translation>测试未运行</translation>
    </message>
    <message>
        <source>chapter {number}: no test image {name}</source>
        <translation>第 {number} 章：没有测试图像 {name}</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>The 9 weights and the bias after each update. Dashed lines: the target kernel&apos;s values (and 0 for the bias), where the solid lines should end up.</source>
        <translation>每次更新后的 9 个权重和偏置。虚线：目标卷积核的值（偏置为 0），即实线最终应到达的位置。</translation>
    </message>
    <message>
        <source>{channel} weights</source>
        <translation>{channel} 权重</translation>
    </message>
    <message>
        <source>{n} weights (colours repeat every 9)</source>
        <translation>{n} 个权重（颜色每 9 个重复一次）</translation>
    </message>
    <message>
        <source>Weights over steps ({n} weights + bias; dashed: target kernel)</source>
        <translation>权重随步数的变化（{n} 个权重 + 偏置；虚线：目标卷积核）</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>the settings change</source>
        <translation>设置更改</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>leave the tour to undo</source>
        <translation>退出导览后才能撤销</translation>
    </message>
    <message>
        <source>undone: {what} ({n} more can be undone)</source>
        <translation>已撤销：{what}（还可撤销 {n} 次）</translation>
    </message>
    <message>
        <source>the reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>the new start</source>
        <translation>重新随机开始</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>新图像</translation>
    </message>
</context>
<context>
    <name>Untied</name>
    <message>
        <source>the untied layer diverged after step {step}: the loss overflowed with learning rate {lr}; the last finite filters are kept. {advice}</source>
        <translation>不共享层在第 {step} 步后发散：学习率为 {lr} 时损失溢出；保留最后的有限滤波器。{advice}</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>the training thread did not answer; try again</source>
        <translation>训练线程没有响应；请重试</translation>
    </message>
    <message>
        <source>learning rate lowered from {old} to {new}: the old one would diverge on this image</source>
        <translation>学习率已从 {old} 降到 {new}：原来的学习率在这张图像上会发散</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training paused: the loss overflowed</source>
        <translation>训练已暂停：损失溢出</translation>
    </message>
    <message>
        <source>step {step}   loss {loss}</source>
        <translation>第 {step} 步   损失 {loss}</translation>
    </message>
</context>
</TS>
