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
</TS>
