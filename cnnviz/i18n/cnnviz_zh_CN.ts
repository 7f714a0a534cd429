<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CLI</name>
    <message>
        <source>Train the shared filter (3x3 by default) headless and print progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of updates (default 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object instead of progress lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the lesson after training, to continue later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss grew from {start} to {loss} (more than {limit}× its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}/{steps}  loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned filter after {steps} steps (bias {bias}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} channel (target kernel x {weight}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {wo}x{ho} per image ({filter} filter, stride {stride}, padding {padding}: {params} parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest weight error {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the bundled sample images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Watch one shared 3x3 filter (9 weights + 1 bias) learn: backprop at every position of the image,
every position&apos;s gradient ADDED into one 10-value buffer, applied once per update.

  cnnviz [IMAGE | FOLDER | LESSON.cnnviz] [options]   open the window (this command)
  cnnviz train [options]     train headless and print the loss and the learned filter (no Qt)
  cnnviz samples             list the bundled sample images
  cnnviz export [options]    write PNG/SVG/GIF figures, slides and the tour as a deck (--deck),
                             without a display (see &apos;cnnviz export --help&apos;)
  cnnviz check FILE.py       run your own backward pass on probes and name the bug
  cnnviz --tour [SCRIPT]     open the window on the guided tour (PageDown/PageUp, Esc leaves)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
keys in the window:
  Space play/pause · Right one update (step-through: forward) · Left/Home/End step-through
  R reset to the same start · Shift+R new random start · B step-through backprop ·
  G check the gradient · C compare shared vs untied · T guided tour · + / - speed ·
  Esc leave a mode · F11 presenter mode ·
  Ctrl+O open image · Ctrl+Shift+O open folder · Ctrl+S save lesson · Ctrl+L open lesson ·
  Ctrl+E export · Ctrl+Shift+C copy the panel under the mouse · Ctrl+Shift+L light theme · F1 about
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnnviz: no display; `cnnviz export` works without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a screenshot once the window is drawn, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the guided tour (the default one, or a TOML script of your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write screenshot {path}: folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLIOptions</name>
    <message>
        <source>language of the messages: {choices} (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} must be a positive finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} must be a whole number from 0 to 2**64-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} must be valid, same, full or a whole number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} must be a whole number {low} or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image file or a folder of images (a batch); default: a bundled sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundled sample image (see &apos;cnnviz samples&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square size the image is resampled to (default 32), or &apos;native&apos; (up to 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue a saved lesson (image, settings, weights, history); options given change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named target kernel (default {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed 3x3 target kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate (default {lr})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum (default {momentum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss reduction: &apos;sum&apos; over positions (the lesson, default) or &apos;mean&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the initial weights, 0 to 2**64-1 (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter is K x K, 1 to {max} (default 3; named targets are 3x3, type other sizes with --kernel; a typed kernel sets K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels the filter moves between positions (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros around the image: valid (none, default), same (keeps the size: odd K, stride 1), full (K-1) or N pixels (0 to K-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed target kernel: K rows of K numbers (sets K when --kernel-size is not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the image&apos;s R, G, B: one K x K x 3 filter, the target is the kernel on the luminance (default sample: colour-shapes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either an IMAGE or --sample, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate {lr}: half the stability limit 2/λmax of this layer on this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnnviz: note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate {lr} instead of the default {default}, which would diverge on this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --lesson or an IMAGE/--sample, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save lesson to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 position/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} positions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 update/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one update: forward, sum the gradient over all positions, apply it (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to step 0 with the same initial weights (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to step 0 with new random initial weights (Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through backprop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and watch one backward pass add every position&apos;s contribution into the one gradient buffer, position by position (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare shared vs untied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates per second, from 1 to full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundled sample image (File &gt; Open Image… for your own, Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which image of the batch the maps show (the gradient sums over all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel the filter should learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k: the filter is k×k (1 to {max}), k·k weights per channel + 1 bias. A 3×3 target is kept centred in zeros (the arrows step through the odd sizes); for another size type the target. Changing it starts the lesson again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s: pixels the filter moves between positions; the output is (H + 2p − k)//s + 1 per side (stride 2: about a quarter of the positions). Starts the lesson again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p: zeros around the image. valid: none; same: (k−1)/2, the output keeps the image&apos;s size (odd k, stride 1); full: k−1; or type a number of pixels. Starts the lesson again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R, G, B channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the image&apos;s colour: one k×k×3 filter (3·k·k weights + 1 bias) still makes ONE output map; the target is the kernel on the luminance 0.299 R + 0.587 G + 0.114 B. Meaningful with a colour image, e.g. the colour-shapes sample. Starts the lesson again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: w ← w − lr × buffer. Arrows double or halve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>μ, used by the momentum optimizer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space play/pause · → step · + − speed&lt;br&gt;R reset · Shift+R new start&lt;br&gt;B step-through: ← → Home End&lt;br&gt;C compare shared vs untied&lt;br&gt;T guided tour: PgDn PgUp Esc&lt;br&gt;Ctrl+O open image · Ctrl+S save lesson&lt;br&gt;Ctrl+E export · F11 presenter · F1 about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: v ← μv + buffer, then w ← w − lr·v. Arrows double or halve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sgd: w ← w − lr·buffer;  momentum: v ← μv + buffer, w ← w − lr·v (now: {optimizer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum: {loss}, as in the lesson; mean: the same divided by P, the number of positions of every image (N × positions for a batch of N). Now: {reduction}, so {delta}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now identity: a = y = w·patch + b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now {activation}: a = f(w·patch + b), and δ = ∂L/∂y = 2(a − T)·f′(y){per}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a {k}x{k} target kernel: rows separated by &apos;;&apos;, values by &apos;,&apos;. Enter applies; a kernel of another size changes the filter&apos;s size (a new lesson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cnnviz: internal error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}. The app carries on; if it looks wrong, press R to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnnviz: internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>as saved in the lesson: {n} images of {h}×{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as saved in the lesson: {h}×{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a grayscale image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of images (a batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image not opened: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {path} at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {rows} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>play / pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster / slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset to the same start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new random start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo a reset, new start, new image or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step through backprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare shared vs untied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play / pause the pass, position by position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one step forward / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster / slower (positions per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start / end of the pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play / pause both layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one update of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next / previous chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one position (step-through chapters), else next / previous chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>play / pause the chapter&apos;s animation (else next chapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay the animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first / last chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared vs untied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode}: keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? or Esc closes this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonSettings</name>
    <message>
        <source>Setting not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson from step 0: {layer}, output {ho}×{wo}, {params} parameters; learning rate {lr} (this layer&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these images are grey and their file is not at hand: open a colour image or choose a sample first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate {text} is not a number from {low} to {high}; it stays {lr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cnnviz: error: cannot write screenshot {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder as Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved lesson: image, settings, weights, optimizer state and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything to continue later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss, weights and gradient buffer per recorded step, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tour as Slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided tour as a 16:9 PDF (one page per chapter) or a folder of 1920x1080 PNGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step One Update (step-through: forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Same Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Random Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last reset, new start, new image or settings change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More updates per second (also in presenter mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step Through Backprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Step-Through or Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Gradient (step-through)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Shared vs Untied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large text, only play, step and speed: for the classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson as chapters: PageDown / PageUp (or → / ←, Space) to move, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for What Is On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the mode that is on (tour, step-through, comparison or training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colormap for Signed Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check My Backprop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run your own backward pass (a .py file or a notebook) on the lesson&apos;s data and name the bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;One shared filter.&lt;/b&gt; The same 9 weights and 1 bias are used at every position of the image. Backprop runs at each position and every position&apos;s contribution is &lt;i&gt;added&lt;/i&gt; into one 10-value gradient buffer; the summed buffer is then applied once.&lt;/p&gt;&lt;p&gt;Sum or mean only rescales the learning rate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will be in {language} when cnnviz starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>settings file {path} is damaged; using the defaults (it will be rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnnviz: warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting {key}={value} is not valid; using {default}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Slower (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 leaves presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{button} (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{button} (→)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
