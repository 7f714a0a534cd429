<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>CheckCli</name>
    <message>
        <source>Run your own convolution backward pass on the lesson&apos;s data and on probes, compare with the exact gradients and name the bug. Your code runs in a separate process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventions ({conventions}) are recognised by the function&apos;s name. On a lesson with --stride or --padding the lesson&apos;s backward is called as backward(x, w, dy, stride=S, padding=P) (or pad=P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Python file or Jupyter notebook (.ipynb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function to check (default: the first of {names} found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the function is called (default: by its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object (in English, whatever the language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse to run your code unless it can be isolated (Linux with bubblewrap): for a teacher running a class&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds for loading your file, and again for the probes (default {seconds}); a slow call on bigger data gets more, by your code&apos;s speed on the smaller ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check against a lesson with a K x K filter, 1 to 7 (default 3): w is (K, K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check against a colour lesson: x is (3, H, W) and w (3, K, K), one output map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running your code ({what}), {seconds} s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running your code (call {call} of {total}: {what}), {seconds} s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run on {count} calls: {probes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: correct. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: {verdict}  ({ids})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true dw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the lesson&apos;s data (3 significant digits, wrong cells marked *):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest error on the lesson&apos;s data: {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{notes}; and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out to run your file: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not isolated: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how your code ran: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your code printed (between the bars; not the checker&apos;s words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDiagnose</name>
    <message>
        <source>keeps only the last position&apos;s contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps only the last image&apos;s sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out the last row of positions (row {R})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out the last column of positions (column {C})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out the last row and the last column of positions (row {R}, column {C})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out the first row of positions (row 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out the first column of positions (column 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves out the first row and the first column of positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts twice the last row of positions (row {R})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts twice the last column of positions (column {C})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts twice the last row and the last column of positions (row {R}, column {C})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts twice the first row of positions (row 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts twice the first column of positions (column 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts twice the first row and the first column of positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses windows one pixel apart although the stride is {S}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the kernel rotated 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the true one rotated 180°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the kernel transposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the true one transposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses the kernel rotated 180° and transposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the true one rotated 180° and transposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the opposite sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P}) and has the opposite sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is divided by the number of pixels of the image ({PIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is divided by the number of images ({N})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is divided by the number of positions per image ({HW})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is divided by the number of pixels of all images ({NPIX})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps at each pixel only the last position that touches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is 0: the bias gradient is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sums δ over all filters together (each filter&apos;s db is the sum of its own δ map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is all zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned exactly the previous call&apos;s result for new data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same for different x and dy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned the previous call&apos;s result plus this call&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is divided by {m} on every call, whatever the image: also on {probe}, which has {count} positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the true value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your {name} {how}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckProbes</name>
    <message>
        <source>{h}x{w} image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c}x{h}x{w} colour image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, stride {stride}, pad {pad}, {count} positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, {count} positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c} channels, {h}x{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} images x {c} channels, {f} filters, {h}x{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe {name} ({size}, stride {stride}, pad {pad})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe {name} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>running your code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading your file… {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done · {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running call {call} of {total} ({what}) · {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dw and db (lesson&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True dw and db (sum over every position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out to run your file (course modules, data and IPython lines that are not here):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code ran isolated, in a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code ran without a sandbox ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>… {count} more frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its results were not readable: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its results were not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more characters, not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process was killed by {signal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process ended early with exit code {code} (os._exit or a crash in native code)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>the checker&apos;s supervisor failed (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it killed its parent process (the checker&apos;s supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSandbox</name>
    <message>
        <source>cannot isolate your code on this machine: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSource</name>
    <message>
        <source>code cell {cell}, line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPython lines (% and !) were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a notebook (not JSON: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a notebook (no cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a notebook (its cells cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code cell {cell} ({magic}) is not Python: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code cell {cell} is not valid Python: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no code cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>… 1 more line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… {count} more lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Check My Backprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same file again (after you edited it), on the lesson&apos;s data as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Step-Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check My Backprop: your Python file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python files and notebooks (*.py *.ipynb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code runs in a separate process, on probes and on the lesson&apos;s data as it is on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: your code was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the step-through after position {count} (the one that explains the bug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-through after position {count}: File &gt; Check My Backprop… shows the check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>The gradient buffer keeps only the last contribution: `=` where `+=` was needed, so every earlier position&apos;s contribution is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient is divided by a count (an average): the shared filter&apos;s gradient is the SUM of every position&apos;s contribution (dy already carries the loss&apos;s own scaling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function keeps state between calls: a buffer is never reset (a mutable default argument such as dw=np.zeros(...), or a global). Create it inside the function, on every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dw is rotated 180°: that pairs w[r, c] with x[i+2-r, j+2-c] (a convolution), but the forward pass is a cross-correlation: w[r, c] multiplies x[i+r, j+c].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: dw[c, r] holds what belongs in dw[r, c].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign is wrong: the gradient has the right size but points the other way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db is wrong: db is the sum of δ over every position (and image), one number per filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some positions are left out or counted twice: a loop bound is off by one (with stride 1 the output has H - k + 1 rows and W - k + 1 columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dx is assigned (`=`) where it must add (`+=`): windows overlap, so a pixel shared by several positions must collect the input deltas of all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dx uses a turned kernel: position (i, j) adds δ[i, j]·w[r, c] into x[i+r, j+c], with the same unflipped w as the forward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stride is not applied: the window of output (i, j) starts at (i·stride, j·stride).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is wrong in a way the checker does not recognise: compare the cells below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function returns None where the gradients should be: it is not finished yet (the course&apos;s starting code sets them to None until you compute them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output is all zeros: nothing is ever added into it. Check that the loop that adds each position&apos;s contribution runs, and that it adds into the array you return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output comes out the same whatever data your function gets: it does not use its arguments (perhaps test data from elsewhere in your file, or a constant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code works only on images of the lesson&apos;s size: it fails on the probes&apos; other sizes. A size is written as a number (like 30 or 32), or height and width are swapped. Take every size from the arrays (H, W = x.shape; the output&apos;s from dy or dout), rows with H and columns with W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code stopped with an error: fix the line shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function returns an array of the wrong shape: see below which one, and the shape it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function is not finished: it returns None. Compute the gradients and return them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last position is kept in your dw: write `+=` instead of `=` where you add into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last position is kept in each pixel of your dx: write `+=` instead of `=` there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function remembers the previous call: create dw (and db, dx) with np.zeros inside the function, so every call starts from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dw is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your gradient has the wrong sign: add δ × patch, do not subtract it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dw is turned upside down and mirrored: pair w[r, c] with x[i + r, j + c], not with x[i + 2 - r, j + 2 - c].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: write dw[r, c], not dw[c, r].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dx uses the kernel turned around: use the same w[r, c] as the forward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your loops leave out or repeat some positions: loop over every row and column of the output (the shape of dy), no more and no less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your windows ignore the stride: the window of output (i, j) starts at row i·stride, column j·stride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code gets the padding wrong: see below when it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your db is wrong: db is the sum of δ over every position (and every image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your gradient is all zeros: nothing is ever added into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your gradient does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code works only on data the size of the lesson&apos;s: take every size from the arrays&apos; shapes (no numbers like 30, no height and width swapped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your gradient is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} is all zeros: nothing is ever added into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right dw, db and dx (to 1 part in {parts} of the largest value) on the lesson&apos;s data and on {probes} probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline} (And 1 more problem below.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{headline} (And {count} more problems below.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): clear its outputs (Edit &gt; Clear All Outputs) and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): a backward pass is a short Python file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); module {module} is missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); {where} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker could not use what your code sent back: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code ended the check: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} was skipped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k} across {channels} channels: x is ({channels}, H, W) and w ({channels}, {k}, {k}): code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1], the channels with x[..., r, c] or x[:, r, c]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k}: code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file is Python 2: print is a statement there (line {line}), a function in Python 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Python 2 code: in Python 3 write print(...) with parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file has a syntax error on line {line}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded (line {line}): {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time (line {line} was running: {code}): a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time: a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long (line {line}): check a .py file with just your function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long: check a .py file with just your function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your file did not finish in time (line {line} was running: {code}): code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your file did not finish in time: code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file could not be loaded: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checker process failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but it is called as {call}: give it exactly those {count} parameters, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the convention: {signature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function has other parameters than the course&apos;s: write def {call}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding {padding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride {stride} and padding {padding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but this lesson has {layer}: the checker passes them by name, so give it the parameters {wanted} and use them (the windows start stride pixels apart, on x with padding zeros around it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the convention: {signature}, plus {wanted} for a lesson that has them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has {layer}: write def {function}(x, w, dy, {wanted}): and use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function returns None (no return statement, or `return` alone): it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function returns None for {nones}: it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first on {probe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function returned {type}, expected a tuple of {count} arrays (on {probe}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function returned {got} values, expected {count} (on {probe}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function&apos;s value {number} of the returned tuple is not numbers ({why}) (on {probe}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function {what} (on {probe}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code ended the checker&apos;s process during the call on {probe}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function is too slow for {probe}: from its speed on the calls before, it would need up to {predicted} s, and it was stopped after {ran} s. Loops over every pixel AND every position grow with the square of the image: loop over the positions and the filter&apos;s cells only, or use NumPy for the inner loops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code is correct so far but far too slow for the lesson&apos;s image: see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function did not finish on {probe} in {ran} s, although its speed on the calls before predicted at most {predicted} s: an endless loop there, or much slower than on the smaller probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function did not finish in time on {probe}: an endless loop, or far too slow (loading your file and the probes have a time limit each, 10 s by default: --timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} (line {line}) on {probe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} on {probe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {function} cannot be called as the course calls it: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it failed with {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function raised an error (line {line}) on {probe}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code stopped with {kind} on line {line}: fix that line (shown below with the error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function raised an error on {probe}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code stopped with {kind}: fix that line (shown below with the error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it failed on {probe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function needs the module {module}, which is not installed here (line {line} imports it; then: {error}). Copy what your function uses from it into your file, or check the file where that code lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code needs the module {module}, which is missing here: copy what your function uses from {module} into your file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A size or an index in your code is a float ({error}). In Python 2, `/` of two whole numbers gave a whole number; in Python 3 it always gives a float (7 / 2 = 3.5), and a float cannot be a size, a range or an index. Use `//` for whole-number division: H_out = 1 + (H + 2 * pad - HH) // stride.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A size or index in your code is a float: `/` gives a float in Python 3, use `//` for sizes and indices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code is Python 2: {old} does not exist in Python 3, use {new} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Python 2 code: write {new} instead of {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function unpacks the cache into {count} values, but the course&apos;s forward pass stores cache = {cache}, 4 values, and that is what is passed ({error}). Unpack those 4; compute anything else you need (like the padded input) again inside the backward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function expects its own cache of {count} items: the course passes cache = {cache}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code fails only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code fails when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code fails only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code goes wrong only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code fails only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code works only on data shaped like the lesson&apos;s (one image, one channel, one filter, square): it fails on the probes&apos; several images, channels and filters and other heights and widths. A size is written as a number, an index is fixed at 0, or height and width are swapped. Take every size from the arrays (N, C, H, W = x.shape; F = w.shape[0]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape {shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your function returns the gradients in another order: ({theirs}), where {signature} is expected. They are compared in your order here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shapes you return fit only that order, on every call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the gradients in the order the course expects: return {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} still has the padding border: shape {shape} where {expected} was expected (cut it off: [pad:pad+H, pad:pad+W]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {probe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dx still has its padding border: cut it off with [pad:pad+H, pad:pad+W].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} is empty when pad = 0 (shape {shape}): a slice like [pad:-pad] is [0:0] then, because -0 is 0, and keeps nothing. Cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dx is empty when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} has shape {shape} where {expected} was expected (on {probe}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your {name} on {probe}: {cells}; the closest explanation found: {closest}, still off by {error} of the largest true value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the true {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second call with new data {stale}; what each call adds {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed. For example dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe; here: {probe})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} (a tiny part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours − true, cell by cell (filter {filter}, channel {channel}: the most wrong) (3 significant digits): {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours − true, cell by cell (3 significant digits): {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong} of {count} values wrong, off by up to {most}</source>
        <translation type="unfinished"></translation>
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
</TS>
