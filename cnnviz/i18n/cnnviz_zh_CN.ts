<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>↻ 重播（Enter）</translation>
    </message>
    <message>
        <source>Leave tour (Esc)</source>
        <translation>退出导览（Esc）</translation>
    </message>
    <message>
        <source>Previous chapter (PageUp, ←)</source>
        <translation>上一章（PageUp，←）</translation>
    </message>
    <message>
        <source>Next chapter (PageDown, →, Space)</source>
        <translation>下一章（PageDown，→，Space）</translation>
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
        <source>{total} ({n} images × {per_image})</source>
        <translation>{total}（{n} 张图像 × {per_image}）</translation>
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
