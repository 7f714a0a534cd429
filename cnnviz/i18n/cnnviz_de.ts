<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BufferPanel</name>
    <message>
        <source>The gradient buffer: one 3x3 sum. Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>Der Gradientenpuffer: eine 3x3-Summe. Backprop läuft an jeder Position, und der δ·Patch jeder Position wird hier ADDIERT; der summierte Puffer wird einmal pro Update angewendet.</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum per colour channel (R, G, B). Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>Der Gradientenpuffer: eine {k}x{k}-Summe pro Farbkanal (R, G, B). Backprop läuft an jeder Position, und der δ·Patch jeder Position wird hier ADDIERT; der summierte Puffer wird einmal pro Update angewendet.</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum. Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>Der Gradientenpuffer: eine {k}x{k}-Summe. Backprop läuft an jeder Position, und der δ·Patch jeder Position wird hier ADDIERT; der summierte Puffer wird einmal pro Update angewendet.</translation>
    </message>
    <message>
        <source>sum of {total} contributions ({n} images × {per_image})</source>
        <translation>Summe von {total} Beiträgen ({n} Bilder × {per_image})</translation>
    </message>
    <message>
        <source>sum of {total} contributions</source>
        <translation>Summe von {total} Beiträgen</translation>
    </message>
    <message>
        <source>Gradient buffer ∂L/∂w ({what})</source>
        <translation>Gradientenpuffer ∂L/∂w ({what})</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Train the shared filter (3x3 by default) headless and print progress.</source>
        <translation>Den geteilten Filter (standardmäßig 3x3) ohne Fenster trainieren und den Fortschritt ausgeben.</translation>
    </message>
    <message>
        <source>number of updates (default 2000)</source>
        <translation>Anzahl der Updates (Standard 2000)</translation>
    </message>
    <message>
        <source>print one JSON object instead of progress lines</source>
        <translation>ein JSON-Objekt statt der Fortschrittszeilen ausgeben</translation>
    </message>
    <message>
        <source>save the lesson after training, to continue later</source>
        <translation>die Lektion nach dem Training speichern, um später weiterzumachen</translation>
    </message>
    <message>
        <source>the loss grew from {start} to {loss} (more than {limit}× its start)</source>
        <translation>der Verlust wuchs von {start} auf {loss} (mehr als das {limit}-Fache des Anfangswerts)</translation>
    </message>
    <message>
        <source>step {step}/{steps}  loss {loss}</source>
        <translation>Schritt {step}/{steps}  Verlust {loss}</translation>
    </message>
    <message>
        <source>learned filter after {steps} steps (bias {bias}):</source>
        <translation>gelernter Filter nach {steps} Schritten (Bias {bias}):</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>{channel} channel (target kernel x {weight}):</source>
        <translation>Kanal {channel} (Zielkernel x {weight}):</translation>
    </message>
    <message>
        <source>output {wo}x{ho} per image ({filter} filter, stride {stride}, padding {padding}: {params} parameters)</source>
        <translation>Ausgabe {wo}x{ho} je Bild ({filter}-Filter, Schrittweite {stride}, Padding {padding}: {params} Parameter)</translation>
    </message>
    <message>
        <source>largest weight error {error}</source>
        <translation>größter Gewichtsfehler {error}</translation>
    </message>
    <message>
        <source>List the bundled sample images.</source>
        <translation>Die mitgelieferten Beispielbilder auflisten.</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
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
        <translation>Einem geteilten 3x3-Filter (9 Gewichte + 1 Bias) beim Lernen zusehen: Backprop an jeder Position
des Bildes, der Gradient jeder Position wird in einen Puffer aus 10 Werten ADDIERT, einmal pro Update angewandt.

  cnnviz [BILD | ORDNER | LEKTION.cnnviz] [Optionen]   das Fenster öffnen (dieser Befehl)
  cnnviz train [Optionen]    ohne Fenster trainieren, Verlust und gelernten Filter ausgeben (ohne Qt)
  cnnviz samples             die mitgelieferten Beispielbilder auflisten
  cnnviz export [Optionen]   PNG/SVG/GIF-Abbildungen, Folien und die Tour als Foliensatz (--deck)
                             schreiben, ohne Bildschirm (siehe &apos;cnnviz export --help&apos;)
  cnnviz check DATEI.py      den eigenen Rückwärtsdurchlauf an Proben testen und den Fehler benennen
  cnnviz --tour [SKRIPT]     das Fenster mit der geführten Tour öffnen (BildAb/BildAuf, Esc verlässt sie)
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
        <translation>Tasten im Fenster:
  Space Abspielen/Pause · Right ein Update (Schritt-für-Schritt: vorwärts) · Left/Home/End Schritt-für-Schritt
  R zurück zum selben Start · Shift+R neuer Zufallsstart · B Backprop Schritt für Schritt ·
  G Gradient prüfen · C geteilt vs. ungebunden vergleichen · T geführte Tour · + / - Tempo ·
  Esc Modus verlassen · F11 Präsentationsmodus ·
  Ctrl+O Bild öffnen · Ctrl+Shift+O Ordner öffnen · Ctrl+S Lektion speichern · Ctrl+L Lektion öffnen ·
  Ctrl+E Export · Ctrl+Shift+C Feld unter der Maus kopieren · Ctrl+Shift+L helles Design · F1 Info
</translation>
    </message>
    <message>
        <source>cnnviz: no display; `cnnviz export` works without one</source>
        <translation>cnnviz: kein Bildschirm; `cnnviz export` funktioniert auch ohne</translation>
    </message>
    <message>
        <source>save a screenshot once the window is drawn, then quit</source>
        <translation>ein Bildschirmfoto speichern, sobald das Fenster gezeichnet ist, dann beenden</translation>
    </message>
    <message>
        <source>open the guided tour (the default one, or a TOML script of your own)</source>
        <translation>die geführte Tour öffnen (die mitgelieferte oder ein eigenes TOML-Skript)</translation>
    </message>
    <message>
        <source>cannot write screenshot {path}: folder does not exist</source>
        <translation>Bildschirmfoto {path} kann nicht geschrieben werden: Ordner existiert nicht</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
</context>
<context>
    <name>CLIOptions</name>
    <message>
        <source>language of the messages: {choices} (default: the system&apos;s)</source>
        <translation>Sprache der Meldungen: {choices} (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (siehe &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <source>{text} must be a positive finite number</source>
        <translation>{text} muss eine positive endliche Zahl sein</translation>
    </message>
    <message>
        <source>{text} must be in [0, 1)</source>
        <translation>{text} muss in [0, 1) liegen</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{text} must be 0 or more</source>
        <translation>{text} muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>{text} must be a whole number from 0 to 2**64-1</source>
        <translation>{text} muss eine ganze Zahl von 0 bis 2**64-1 sein</translation>
    </message>
    <message>
        <source>{text} must be valid, same, full or a whole number of pixels</source>
        <translation>{text} muss valid, same, full oder eine ganze Zahl von Pixeln sein</translation>
    </message>
    <message>
        <source>{text} must be a whole number from {low} to {high}</source>
        <translation>{text} muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>{text} must be a whole number {low} or more</source>
        <translation>{text} muss eine ganze Zahl ab {low} sein</translation>
    </message>
    <message>
        <source>an image file or a folder of images (a batch); default: a bundled sample</source>
        <translation>eine Bilddatei oder ein Ordner mit Bildern (ein Batch); Standard: ein mitgeliefertes Beispiel</translation>
    </message>
    <message>
        <source>a bundled sample image (see &apos;cnnviz samples&apos;)</source>
        <translation>ein mitgeliefertes Beispielbild (siehe &apos;cnnviz samples&apos;)</translation>
    </message>
    <message>
        <source>square size the image is resampled to (default 32), or &apos;native&apos; (up to 1024)</source>
        <translation>quadratische Größe, auf die das Bild skaliert wird (Standard 32), oder &apos;native&apos; (bis 1024)</translation>
    </message>
    <message>
        <source>continue a saved lesson (image, settings, weights, history); options given change it</source>
        <translation>eine gespeicherte Lektion fortsetzen (Bild, Einstellungen, Gewichte, Verlauf); angegebene Optionen ändern sie</translation>
    </message>
    <message>
        <source>named target kernel (default {target})</source>
        <translation>benannter Zielkernel (Standard {target})</translation>
    </message>
    <message>
        <source>typed 3x3 target kernel</source>
        <translation>eingegebener 3x3-Zielkernel</translation>
    </message>
    <message>
        <source>learning rate (default {lr})</source>
        <translation>Lernrate (Standard {lr})</translation>
    </message>
    <message>
        <source>(default {value})</source>
        <translation>(Standard {value})</translation>
    </message>
    <message>
        <source>momentum (default {momentum})</source>
        <translation>Momentum (Standard {momentum})</translation>
    </message>
    <message>
        <source>loss reduction: &apos;sum&apos; over positions (the lesson, default) or &apos;mean&apos;</source>
        <translation>Verlust-Reduktion: &apos;sum&apos; über die Positionen (die Lektion, Standard) oder &apos;mean&apos;</translation>
    </message>
    <message>
        <source>seed of the initial weights, 0 to 2**64-1 (default 0)</source>
        <translation>Seed der Anfangsgewichte, 0 bis 2**64-1 (Standard 0)</translation>
    </message>
    <message>
        <source>the filter is K x K, 1 to {max} (default 3; named targets are 3x3, type other sizes with --kernel; a typed kernel sets K)</source>
        <translation>der Filter ist K x K, 1 bis {max} (Standard 3; benannte Ziele sind 3x3, andere Größen mit --kernel eingeben; ein eingegebener Kernel legt K fest)</translation>
    </message>
    <message>
        <source>pixels the filter moves between positions (default 1)</source>
        <translation>Pixel, um die der Filter zwischen Positionen weiterrückt (Standard 1)</translation>
    </message>
    <message>
        <source>zeros around the image: valid (none, default), same (keeps the size: odd K, stride 1), full (K-1) or N pixels (0 to K-1)</source>
        <translation>Nullen um das Bild: valid (keine, Standard), same (behält die Größe: ungerades K, Schrittweite 1), full (K-1) oder N Pixel (0 bis K-1)</translation>
    </message>
    <message>
        <source>typed target kernel: K rows of K numbers (sets K when --kernel-size is not given)</source>
        <translation>eingegebener Zielkernel: K Zeilen mit K Zahlen (legt K fest, wenn --kernel-size fehlt)</translation>
    </message>
    <message>
        <source>keep the image&apos;s R, G, B: one K x K x 3 filter, the target is the kernel on the luminance (default sample: colour-shapes)</source>
        <translation>R, G, B des Bildes behalten: ein K x K x 3-Filter, das Ziel ist der Kernel auf der Luminanz (Standardbeispiel: colour-shapes)</translation>
    </message>
    <message>
        <source>give either an IMAGE or --sample, not both</source>
        <translation>entweder ein BILD oder --sample angeben, nicht beides</translation>
    </message>
    <message>
        <source>learning rate {lr}: half the stability limit 2/λmax of this layer on this image</source>
        <translation>Lernrate {lr}: die Hälfte der Stabilitätsgrenze 2/λmax dieser Schicht auf diesem Bild</translation>
    </message>
    <message>
        <source>cnnviz: note: {note}</source>
        <translation>cnnviz: Hinweis: {note}</translation>
    </message>
    <message>
        <source>learning rate {lr} instead of the default {default}, which would diverge on this image</source>
        <translation>Lernrate {lr} statt des Standards {default}, der auf diesem Bild divergieren würde</translation>
    </message>
    <message>
        <source>give either --lesson or an IMAGE/--sample, not both</source>
        <translation>entweder --lesson oder ein BILD/--sample angeben, nicht beides</translation>
    </message>
    <message>
        <source>cannot save lesson to {path}: {reason}</source>
        <translation>Lektion kann nicht in {path} gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>CaptionBar</name>
    <message>
        <source>↻ Replay (Enter)</source>
        <translation>↻ Wiederholen (Enter)</translation>
    </message>
    <message>
        <source>Leave tour (Esc)</source>
        <translation>Tour verlassen (Esc)</translation>
    </message>
    <message>
        <source>Previous chapter (PageUp, ←)</source>
        <translation>Vorheriges Kapitel (PageUp, ←)</translation>
    </message>
    <message>
        <source>Next chapter (PageDown, →, Space)</source>
        <translation>Nächstes Kapitel (PageDown, →, Space)</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>The gradient buffer ∂L/∂w (the filter&apos;s shape) and the bias delta ∂L/∂b on the lesson&apos;s data.</source>
        <translation>Der Gradientenpuffer ∂L/∂w (in der Form des Filters) und das Bias-Delta ∂L/∂b auf den Daten der Lektion.</translation>
    </message>
    <message>
        <source>no dw of shape {shape} was returned</source>
        <translation>es wurde kein dw der Form {shape} zurückgegeben</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ falsch</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <source>Comparison paused: the loss overflowed</source>
        <translation>Vergleich pausiert: der Verlust ist übergelaufen</translation>
    </message>
    <message>
        <source>Learning rate not changed</source>
        <translation>Lernrate nicht geändert</translation>
    </message>
    <message>
        <source>Test not run</source>
        <translation>Test nicht ausgeführt</translation>
    </message>
    <message>
        <source>comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · {rate} steps/s · playing · the lesson is paused at its own step</source>
        <translation>Vergleich geteilt vs. ungebunden · Schritt {step} · Verlust geteilt {shared}, ungebunden {untied} · {rate} Schritte/s · läuft · die Lektion pausiert bei ihrem eigenen Schritt</translation>
    </message>
    <message>
        <source>comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · paused · the lesson is paused at its own step</source>
        <translation>Vergleich geteilt vs. ungebunden · Schritt {step} · Verlust geteilt {shared}, ungebunden {untied} · pausiert · die Lektion pausiert bei ihrem eigenen Schritt</translation>
    </message>
    <message>
        <source>step {step}   shared {shared}   untied {untied}</source>
        <translation>Schritt {step}   geteilt {shared}   ungebunden {untied}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>the new image</source>
        <translation>dem neuen Bild</translation>
    </message>
    <message>
        <source>the {n} new images</source>
        <translation>den {n} neuen Bildern</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent 3×3 filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>Die ungebundene (lokal verbundene) Schicht: ein unabhängiger 3×3-Filter + Bias an jeder Ausgabeposition, jeder nur durch den Gradienten seiner eigenen Position aktualisiert. Kachel (i, j) ist der Filter von Position (i, j); die Farbskala ist die des Zielkernels, wie beim geteilten Filter.</translation>
    </message>
    <message>
        <source>Untied: {n} filters of {size}, one per position (each used on all {images} images) (R, G, B: three {mosaic} mosaics of {k}×{k} tiles)</source>
        <translation>Ungebunden: {n} Filter von {size}, einer pro Position (jeder auf allen {images} Bildern benutzt) (R, G, B: drei {mosaic}-Mosaike aus {k}×{k}-Kacheln)</translation>
    </message>
    <message>
        <source>Untied: {n} filters of {size}, one per position (R, G, B: three {mosaic} mosaics of {k}×{k} tiles)</source>
        <translation>Ungebunden: {n} Filter von {size}, einer pro Position (R, G, B: drei {mosaic}-Mosaike aus {k}×{k}-Kacheln)</translation>
    </message>
    <message>
        <source>Untied: {n} filters, one per position (each used on all {images} images) ({mosaic} mosaic of {k}×{k} tiles)</source>
        <translation>Ungebunden: {n} Filter, einer pro Position (jeder auf allen {images} Bildern benutzt) ({mosaic}-Mosaik aus {k}×{k}-Kacheln)</translation>
    </message>
    <message>
        <source>Untied: {n} filters, one per position ({mosaic} mosaic of {k}×{k} tiles)</source>
        <translation>Ungebunden: {n} Filter, einer pro Position ({mosaic}-Mosaik aus {k}×{k}-Kacheln)</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent {size} filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter in each of the three mosaics R, G and B (its three slices), on one colour scale; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>Die ungebundene (lokal verbundene) Schicht: ein unabhängiger {size}-Filter + Bias an jeder Ausgabeposition, jeder nur durch den Gradienten seiner eigenen Position aktualisiert. Kachel (i, j) ist der Filter von Position (i, j) in jedem der drei Mosaike R, G und B (seine drei Schichten), auf einer Farbskala; die Farbskala ist die des Zielkernels, wie beim geteilten Filter.</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent {size} filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>Die ungebundene (lokal verbundene) Schicht: ein unabhängiger {size}-Filter + Bias an jeder Ausgabeposition, jeder nur durch den Gradienten seiner eigenen Position aktualisiert. Kachel (i, j) ist der Filter von Position (i, j); die Farbskala ist die des Zielkernels, wie beim geteilten Filter.</translation>
    </message>
    <message>
        <source>a {size} + bias per position (×{positions})</source>
        <translation>ein {size} + Bias pro Position (×{positions})</translation>
    </message>
    <message>
        <source>{shared} × {positions} positions</source>
        <translation>{shared} × {positions} Positionen</translation>
    </message>
    <message>
        <source>{inputs} inputs × {outputs} outputs + biases</source>
        <translation>{inputs} Eingaben × {outputs} Ausgaben + Biases</translation>
    </message>
    <message>
        <source>{inputs} pixels × {outputs} outputs + biases</source>
        <translation>{inputs} Pixel × {outputs} Ausgaben + Biases</translation>
    </message>
    <message>
        <source>Parameters for {shape}</source>
        <translation>Parameter für {shape}</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>one {size} + bias for all positions</source>
        <translation>ein {size} + Bias für alle Positionen</translation>
    </message>
    <message>
        <source>untied</source>
        <translation>ungebunden</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <source>The loss L on the training image before each update, for both layers, log scale. Both start as the same function (the same start filter at every position).</source>
        <translation>Der Verlust L auf dem Trainingsbild vor jedem Update, für beide Schichten, logarithmisch. Beide beginnen als dieselbe Funktion (derselbe Startfilter an jeder Position).</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>shared ({n} parameters)</source>
        <translation>geteilt ({n} Parameter)</translation>
    </message>
    <message>
        <source>untied ({n} parameters)</source>
        <translation>ungebunden ({n} Parameter)</translation>
    </message>
    <message>
        <source>Loss L on the training image (log scale)</source>
        <translation>Verlust L auf dem Trainingsbild (log. Skala)</translation>
    </message>
    <message>
        <source>Loss L on the {n} training images (log scale)</source>
        <translation>Verlust L auf den {n} Trainingsbildern (log. Skala)</translation>
    </message>
    <message>
        <source>The loss L on the {n} training images before each update, for both layers, log scale. Both start as the same function (the same start filter at every position).</source>
        <translation>Der Verlust L auf den {n} Trainingsbildern vor jedem Update, für beide Schichten, logarithmisch. Beide beginnen als dieselbe Funktion (derselbe Startfilter an jeder Position).</translation>
    </message>
    <message>
        <source>step {step}: shared L = {shared} · untied L = {untied}</source>
        <translation>Schritt {step}: geteilt L = {shared} · ungebunden L = {untied}</translation>
    </message>
    <message>
        <source>The image the layers are tested on: they were never trained on it.</source>
        <translation>Das Bild, auf dem die Schichten getestet werden: Sie wurden nie darauf trainiert.</translation>
    </message>
    <message>
        <source>On the test image, on the colour scale of the target there.</source>
        <translation>Auf dem Testbild, auf der Farbskala des dortigen Ziels.</translation>
    </message>
    <message>
        <source>Shared vs untied: what weight sharing buys</source>
        <translation>Geteilt vs. ungebunden: was Gewichtsteilung bringt</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Train both layers, one update each per step (Space)</source>
        <translation>Beide Schichten trainieren, je ein Update pro Schritt (Space)</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>Schritt ▸</translation>
    </message>
    <message>
        <source>One update of each layer (Right)</source>
        <translation>Ein Update jeder Schicht (Right)</translation>
    </message>
    <message>
        <source>Reset both</source>
        <translation>Beide zurücksetzen</translation>
    </message>
    <message>
        <source>Both layers back to step 0: the same start filter (R)</source>
        <translation>Beide Schichten zurück zu Schritt 0: derselbe Startfilter (R)</translation>
    </message>
    <message>
        <source>untied lr</source>
        <translation>lr ungebunden</translation>
    </message>
    <message>
        <source>Leave comparison</source>
        <translation>Vergleich verlassen</translation>
    </message>
    <message>
        <source>Back to the lesson, where it was paused (C or Esc)</source>
        <translation>Zurück zur Lektion, wo sie pausiert wurde (C oder Esc)</translation>
    </message>
    <message>
        <source>Generalisation test</source>
        <translation>Generalisierungstest</translation>
    </message>
    <message>
        <source>An image neither layer was trained on: the training image moved, or a bundled sample at the same size</source>
        <translation>Ein Bild, auf dem keine der Schichten trainiert wurde: das verschobene Trainingsbild oder ein mitgeliefertes Beispielbild derselben Größe</translation>
    </message>
    <message>
        <source>Test on a new image</source>
        <translation>Auf einem neuen Bild testen</translation>
    </message>
    <message>
        <source>Apply both trained layers to the chosen image and score them against the target there (nothing is trained). The errors are also printed.</source>
        <translation>Beide trainierten Schichten auf das gewählte Bild anwenden und mit dem dortigen Ziel vergleichen (es wird nichts trainiert). Die Fehler werden auch ausgegeben.</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <source>step {step} · loss: shared {shared}, untied {untied}</source>
        <translation>Schritt {step} · Verlust: geteilt {shared}, ungebunden {untied}</translation>
    </message>
    <message>
        <source>Same image, target ({target}), loss ({reduction}) and optimizer ({optimizer}); both start from the same filter (the untied layer has it at every position). Learning rate: shared {lr} (the lesson&apos;s), untied {untied_lr}.</source>
        <translation>Dasselbe Bild, Ziel ({target}), Verlust ({reduction}) und Optimierer ({optimizer}); beide starten mit demselben Filter (die ungebundene Schicht hat ihn an jeder Position). Lernrate: geteilt {lr} (die der Lektion), ungebunden {untied_lr}.</translation>
    </message>
    <message>
        <source>Same {n} images, target ({target}), loss ({reduction}) and optimizer ({optimizer}); both start from the same filter (the untied layer has it at every position). Learning rate: shared {lr} (the lesson&apos;s), untied {untied_lr}.</source>
        <translation>Dieselben {n} Bilder, Ziel ({target}), Verlust ({reduction}) und Optimierer ({optimizer}); beide starten mit demselben Filter (die ungebundene Schicht hat ihn an jeder Position). Lernrate: geteilt {lr} (die der Lektion), ungebunden {untied_lr}.</translation>
    </message>
    <message>
        <source>The lesson&apos;s run is paused while comparing and gets nothing back.</source>
        <translation>Der Lauf der Lektion pausiert während des Vergleichs und bekommt nichts zurück.</translation>
    </message>
    <message>
        <source>Shared: ONE {size} filter for all {total} positions ({n} images × {per_image})</source>
        <translation>Geteilt: EIN {size}-Filter für alle {total} Positionen ({n} Bilder × {per_image})</translation>
    </message>
    <message>
        <source>Shared: ONE {size} filter for all {total} positions</source>
        <translation>Geteilt: EIN {size}-Filter für alle {total} Positionen</translation>
    </message>
    <message>
        <source>Apply both trained layers to an image they never saw, and compare with the target there.</source>
        <translation>Beide trainierten Schichten auf ein Bild anwenden, das sie nie gesehen haben, und mit dem dortigen Ziel vergleichen.</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Neues Bild</translation>
    </message>
    <message>
        <source>Target there</source>
        <translation>Ziel dort</translation>
    </message>
    <message>
        <source>Shared output there</source>
        <translation>Geteilte Ausgabe dort</translation>
    </message>
    <message>
        <source>Untied output there</source>
        <translation>Ungebundene Ausgabe dort</translation>
    </message>
    <message>
        <source>error (loss) on {what}: shared {shared}, untied {untied}</source>
        <translation>Fehler (Verlust) auf {what}: geteilt {shared}, ungebunden {untied}</translation>
    </message>
    <message>
        <source>tested on: {label}</source>
        <translation>getestet auf: {label}</translation>
    </message>
    <message>
        <source>(&lt;b&gt;both ≈ 0&lt;/b&gt;: round-off, no difference to see)</source>
        <translation>(&lt;b&gt;beide ≈ 0&lt;/b&gt;: Rundung, kein Unterschied zu sehen)</translation>
    </message>
    <message>
        <source>(&lt;b&gt;{ratio}&lt;/b&gt; worse)</source>
        <translation>(&lt;b&gt;{ratio}&lt;/b&gt; schlechter)</translation>
    </message>
    <message>
        <source>(the untied layer does better here)</source>
        <translation>(die ungebundene Schicht ist hier besser)</translation>
    </message>
    <message>
        <source>error (loss) on {what}:&lt;br&gt;shared {shared}, untied {untied}</source>
        <translation>Fehler (Verlust) auf {what}:&lt;br&gt;geteilt {shared}, ungebunden {untied}</translation>
    </message>
    <message>
        <source>on the training images: shared {shared}, untied {untied}</source>
        <translation>auf den Trainingsbildern: geteilt {shared}, ungebunden {untied}</translation>
    </message>
    <message>
        <source>on the training image: shared {shared}, untied {untied}</source>
        <translation>auf dem Trainingsbild: geteilt {shared}, ungebunden {untied}</translation>
    </message>
    <message>
        <source>New image ({label})</source>
        <translation>Neues Bild ({label})</translation>
    </message>
    <message>
        <source>New image, the first of {n} ({label})</source>
        <translation>Neues Bild, das erste von {n} ({label})</translation>
    </message>
    <message>
        <source>Target there (the right answer)</source>
        <translation>Ziel dort (die richtige Antwort)</translation>
    </message>
    <message>
        <source>scale {low} … {high} (all three)</source>
        <translation>Skala {low} … {high} (alle drei)</translation>
    </message>
    <message>
        <source>Shared filter&apos;s output there</source>
        <translation>Ausgabe des geteilten Filters dort</translation>
    </message>
    <message>
        <source>error (loss) {value}</source>
        <translation>Fehler (Verlust) {value}</translation>
    </message>
    <message>
        <source>error (loss) (all {n}) {value}</source>
        <translation>Fehler (Verlust) (alle {n}) {value}</translation>
    </message>
    <message>
        <source>Untied layer&apos;s output there</source>
        <translation>Ausgabe der ungebundenen Schicht dort</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>full speed</source>
        <translation>volles Tempo</translation>
    </message>
    <message>
        <source>1 position/s</source>
        <translation>1 Position/s</translation>
    </message>
    <message>
        <source>{n} positions/s</source>
        <translation>{n} Positionen/s</translation>
    </message>
    <message>
        <source>1 update/s</source>
        <translation>1 Update/s</translation>
    </message>
    <message>
        <source>{n} updates/s</source>
        <translation>{n} Updates/s</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Training starten oder anhalten (Space)</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>Schritt ▸</translation>
    </message>
    <message>
        <source>Take one update: forward, sum the gradient over all positions, apply it (Right)</source>
        <translation>Ein Update: vorwärts, den Gradienten über alle Positionen summieren, anwenden (Right)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to step 0 with the same initial weights (R)</source>
        <translation>Zurück zu Schritt 0 mit denselben Anfangsgewichten (R)</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>Neuer Start</translation>
    </message>
    <message>
        <source>Back to step 0 with new random initial weights (Shift+R)</source>
        <translation>Zurück zu Schritt 0 mit neuen zufälligen Anfangsgewichten (Shift+R)</translation>
    </message>
    <message>
        <source>Step through backprop…</source>
        <translation>Backprop Schritt für Schritt…</translation>
    </message>
    <message>
        <source>Pause and watch one backward pass add every position&apos;s contribution into the one gradient buffer, position by position (B)</source>
        <translation>Anhalten und zusehen, wie ein Rückwärtsdurchlauf den Beitrag jeder Position in den einen Gradientenpuffer addiert, Position für Position (B)</translation>
    </message>
    <message>
        <source>Compare shared vs untied…</source>
        <translation>Geteilt vs. ungebunden…</translation>
    </message>
    <message>
        <source>Pause and train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw (C)</source>
        <translation>Anhalten und den geteilten Filter (10 Parameter) neben einem Filter je Position (9&#x202f;000) trainieren, dann beide an einem nie gesehenen Bild testen (C)</translation>
    </message>
    <message>
        <source>Updates per second, from 1 to full speed</source>
        <translation>Updates pro Sekunde, von 1 bis volles Tempo</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>A bundled sample image (File &gt; Open Image… for your own, Ctrl+O)</source>
        <translation>Ein mitgeliefertes Beispielbild (Datei &gt; Bild öffnen… für ein eigenes, Ctrl+O)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Which image of the batch the maps show (the gradient sums over all)</source>
        <translation>Welches Bild des Batches die Karten zeigen (der Gradient summiert über alle)</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>Bild zeigen</translation>
    </message>
    <message>
        <source>typed…</source>
        <translation>eingegeben…</translation>
    </message>
    <message>
        <source>The kernel the filter should learn</source>
        <translation>Der Kernel, den der Filter lernen soll</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>k: the filter is k×k (1 to {max}), k·k weights per channel + 1 bias. A 3×3 target is kept centred in zeros (the arrows step through the odd sizes); for another size type the target. Changing it starts the lesson again.</source>
        <translation>k: der Filter ist k×k (1 bis {max}), k·k Gewichte je Kanal + 1 Bias. Ein 3×3-Ziel bleibt mittig in Nullen (die Pfeile gehen durch die ungeraden Größen); für eine andere Größe das Ziel eingeben. Eine Änderung beginnt die Lektion neu.</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Kernelgröße</translation>
    </message>
    <message>
        <source>s: pixels the filter moves between positions; the output is (H + 2p − k)//s + 1 per side (stride 2: about a quarter of the positions). Starts the lesson again.</source>
        <translation>s: Pixel, um die der Filter zwischen Positionen weiterrückt; die Ausgabe ist (H + 2p − k)//s + 1 je Seite (Schrittweite 2: etwa ein Viertel der Positionen). Beginnt die Lektion neu.</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>p: zeros around the image. valid: none; same: (k−1)/2, the output keeps the image&apos;s size (odd k, stride 1); full: k−1; or type a number of pixels. Starts the lesson again.</source>
        <translation>p: Nullen um das Bild. valid: keine; same: (k−1)/2, die Ausgabe behält die Bildgröße (ungerades k, Schrittweite 1); full: k−1; oder eine Pixelzahl eingeben. Beginnt die Lektion neu.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>R, G, B channels</source>
        <translation>Kanäle R, G, B</translation>
    </message>
    <message>
        <source>Keep the image&apos;s colour: one k×k×3 filter (3·k·k weights + 1 bias) still makes ONE output map; the target is the kernel on the luminance 0.299 R + 0.587 G + 0.114 B. Meaningful with a colour image, e.g. the colour-shapes sample. Starts the lesson again.</source>
        <translation>Die Farbe des Bildes behalten: ein k×k×3-Filter (3·k·k Gewichte + 1 Bias) ergibt weiterhin EINE Ausgabekarte; das Ziel ist der Kernel auf der Luminanz 0.299 R + 0.587 G + 0.114 B. Sinnvoll mit einem Farbbild, z. B. dem Beispiel colour-shapes. Beginnt die Lektion neu.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate: w ← w − lr × buffer. Arrows double or halve it.</source>
        <translation>Lernrate: w ← w − lr × Puffer. Die Pfeile verdoppeln oder halbieren sie.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>μ, used by the momentum optimizer only</source>
        <translation>μ, nur vom Optimierer momentum verwendet</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>Loss reduction</source>
        <translation>Verlust-Reduktion</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space play/pause · → step · + − speed&lt;br&gt;R reset · Shift+R new start&lt;br&gt;B step-through: ← → Home End&lt;br&gt;C compare shared vs untied&lt;br&gt;T guided tour: PgDn PgUp Esc&lt;br&gt;Ctrl+O open image · Ctrl+S save lesson&lt;br&gt;Ctrl+E export · F11 presenter · F1 about</source>
        <translation>&lt;b&gt;Tasten&lt;/b&gt;&lt;br&gt;Space Abspielen/Pause · → Schritt · + − Tempo&lt;br&gt;R zurücksetzen · Shift+R neuer Start&lt;br&gt;B Schritt für Schritt: ← → Home End&lt;br&gt;C geteilt vs. ungebunden&lt;br&gt;T geführte Tour: PgDn PgUp Esc&lt;br&gt;Ctrl+O Bild öffnen · Ctrl+S Lektion speichern&lt;br&gt;Ctrl+E Export · F11 Präsentation · F1 Info</translation>
    </message>
    <message>
        <source>Learning rate: v ← μv + buffer, then w ← w − lr·v. Arrows double or halve it.</source>
        <translation>Lernrate: v ← μv + Puffer, dann w ← w − lr·v. Die Pfeile verdoppeln oder halbieren sie.</translation>
    </message>
    <message>
        <source>sgd: w ← w − lr·buffer;  momentum: v ← μv + buffer, w ← w − lr·v (now: {optimizer})</source>
        <translation>sgd: w ← w − lr·Puffer;  momentum: v ← μv + Puffer, w ← w − lr·v (jetzt: {optimizer})</translation>
    </message>
    <message>
        <source>sum: {loss}, as in the lesson; mean: the same divided by P, the number of positions of every image (N × positions for a batch of N). Now: {reduction}, so {delta}.</source>
        <translation>sum: {loss}, wie in der Lektion; mean: dasselbe geteilt durch P, die Zahl der Positionen aller Bilder (N × Positionen bei einem Batch aus N). Jetzt: {reduction}, also {delta}.</translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now identity: a = y = w·patch + b.</source>
        <translation>Aktivierung f auf der Ausgabekarte (das Ziel bekommt sie auch). Jetzt identity: a = y = w·patch + b.</translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now {activation}: a = f(w·patch + b), and δ = ∂L/∂y = 2(a − T)·f′(y){per}.</source>
        <translation>Aktivierung f auf der Ausgabekarte (das Ziel bekommt sie auch). Jetzt {activation}: a = f(w·patch + b), und δ = ∂L/∂y = 2(a − T)·f′(y){per}.</translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation> von {n}</translation>
    </message>
    <message>
        <source>Type a {k}x{k} target kernel: rows separated by &apos;;&apos;, values by &apos;,&apos;. Enter applies; a kernel of another size changes the filter&apos;s size (a new lesson).</source>
        <translation>Einen {k}x{k}-Zielkernel eingeben: Zeilen durch &apos;;&apos; getrennt, Werte durch &apos;,&apos;. Enter übernimmt; ein Kernel anderer Größe ändert die Größe des Filters (eine neue Lektion).</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
</context>
<context>
    <name>Encoders</name>
    <message>
        <source>no frames to write</source>
        <translation>keine Frames zu schreiben</translation>
    </message>
    <message>
        <source>writing MP4 needs PyAV: {extra}</source>
        <translation>MP4 schreiben braucht PyAV: {extra}</translation>
    </message>
    <message>
        <source>this PyAV has no H.264 encoder (libx264); reinstall it with {extra}</source>
        <translation>dieses PyAV hat keinen H.264-Encoder (libx264); neu installieren mit {extra}</translation>
    </message>
    <message>
        <source>an MP4 of {width}x{height} pixels is larger than video players accept (at most 4096x2304 or the same area)</source>
        <translation>ein MP4 mit {width}x{height} Pixeln ist größer, als Videoplayer annehmen (höchstens 4096x2304 oder dieselbe Fläche)</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>The error map δ = ∂L/∂y at every position (for the sum of squares, 2·(y − T)). Each δ multiplies its 3x3 patch and is ADDED into the one gradient buffer.</source>
        <translation>Die Fehlerkarte δ = ∂L/∂y an jeder Position (für die Quadratsumme 2·(y − T)). Jedes δ multipliziert seinen 3x3-Patch und wird in den einen Gradientenpuffer ADDIERT.</translation>
    </message>
    <message>
        <source>Error map δ = ∂L/∂y ({size})</source>
        <translation>Fehlerkarte δ = ∂L/∂y ({size})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cnnviz: internal error: {error}</source>
        <translation>cnnviz: interner Fehler: {error}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. The app carries on; if it looks wrong, press R to reset.</source>
        <translation>Etwas ist schiefgegangen: {error}. Die App läuft weiter; sieht etwas falsch aus, mit R zurücksetzen.</translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
    <message>
        <source>cnnviz: internal error</source>
        <translation>cnnviz: interner Fehler</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>scale must be a whole number in 1..{high}, not {scale}</source>
        <translation>der Maßstab muss eine ganze Zahl in 1..{high} sein, nicht {scale}</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot export {path}: use .png or .svg</source>
        <translation>{path} kann nicht exportiert werden: .png oder .svg verwenden</translation>
    </message>
    <message>
        <source>overwritten after {count} of {P} positions</source>
        <translation>überschrieben nach {count} von {P} Positionen</translation>
    </message>
    <message>
        <source>running sum after {count} of {P} positions</source>
        <translation>laufende Summe nach {count} von {P} Positionen</translation>
    </message>
    <message>
        <source>, after {count} of {P} positions</source>
        <translation>, nach {count} von {P} Positionen</translation>
    </message>
    <message>
        <source>a slide needs at least one panel</source>
        <translation>eine Folie braucht mindestens ein Panel</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {names}</source>
        <translation>unbekanntes Panel {name}; eines wählen von {names}</translation>
    </message>
    <message>
        <source>sample image &apos;{name}&apos;</source>
        <translation>Beispielbild &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>One shared {size} filter learning {target}</source>
        <translation>Ein geteilter {size}-Filter lernt {target}</translation>
    </message>
    <message>
        <source>{optimizer}, mean of squared errors</source>
        <translation>{optimizer}, Mittel der quadrierten Fehler</translation>
    </message>
    <message>
        <source>{optimizer}, sum of squared errors</source>
        <translation>{optimizer}, Summe der quadrierten Fehler</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>an animation needs at least 1 frame</source>
        <translation>eine Animation braucht mindestens 1 Frame</translation>
    </message>
    <message>
        <source>frames must be at least 1 update apart</source>
        <translation>Frames müssen mindestens 1 Update auseinander liegen</translation>
    </message>
    <message>
        <source>{error} (at frame {i} of {n}; nothing was written)</source>
        <translation>{error} (bei Frame {i} von {n}; nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: a name starting with &apos;.&apos; would be a hidden folder; name the folder (e.g. frames/) or the file (e.g. pass.gif)</source>
        <translation>Frames können nicht in {path} geschrieben werden: ein Name, der mit &apos;.&apos; beginnt, wäre ein versteckter Ordner; den Ordner (z. B. frames/) oder die Datei (z. B. pass.gif) benennen</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it is a file</source>
        <translation>Frames können nicht in {path} geschrieben werden: es ist eine Datei</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it holds other files ({name} and {n} more); choose a new or empty folder</source>
        <translation>Frames können nicht in {path} geschrieben werden: er enthält andere Dateien ({name} und {n} weitere); einen neuen oder leeren Ordner wählen</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it holds other files ({name}); choose a new or empty folder</source>
        <translation>Frames können nicht in {path} geschrieben werden: er enthält andere Dateien ({name}); einen neuen oder leeren Ordner wählen</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: the folder {parent} is not writable</source>
        <translation>Frames können nicht in {path} geschrieben werden: der Ordner {parent} ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: {reason}</source>
        <translation>Frames können nicht in {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>cannot write an animation to {path}: use .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>Animation kann nicht nach {path} geschrieben werden: .gif, .mp4 oder einen Ordner (ohne Endung) für PNG-Frames verwenden</translation>
    </message>
    <message>
        <source>; use a scale of {scale} or less</source>
        <translation>; einen Maßstab von {scale} oder weniger verwenden</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Input image x</source>
        <translation>Eingabebild x</translation>
    </message>
    <message>
        <source>Target map T</source>
        <translation>Zielkarte T</translation>
    </message>
    <message>
        <source>Output map y</source>
        <translation>Ausgabekarte y</translation>
    </message>
    <message>
        <source>Error map δ</source>
        <translation>Fehlerkarte δ</translation>
    </message>
    <message>
        <source>Filter w</source>
        <translation>Filter w</translation>
    </message>
    <message>
        <source>Gradient buffer ∂L/∂w</source>
        <translation>Gradientenpuffer ∂L/∂w</translation>
    </message>
    <message>
        <source>Input gradient ∂L/∂x</source>
        <translation>Eingabegradient ∂L/∂x</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>Parameterzahl</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>Weights over steps</source>
        <translation>Gewichte über die Schritte</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4-Video (H.264)</translation>
    </message>
    <message>
        <source>PNG frames (folder, for video tools)</source>
        <translation>PNG-Frames (Ordner, für Videoprogramme)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Ganzes Fenster</translation>
    </message>
    <message>
        <source>Slide (16:9, 1920×1080)</source>
        <translation>Folie (16:9, 1920×1080)</translation>
    </message>
    <message>
        <source>Panel: {name}</source>
        <translation>Panel: {name}</translation>
    </message>
    <message>
        <source>{kind}: needs {extra}</source>
        <translation>{kind}: braucht {extra}</translation>
    </message>
    <message>
        <source>Dark (as on screen)</source>
        <translation>Dunkel (wie auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light: white background, dark text (as on screen)</source>
        <translation>Hell: weißer Hintergrund, dunkle Schrift (wie auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>Light: white background, dark text</source>
        <translation>Hell: weißer Hintergrund, dunkle Schrift</translation>
    </message>
    <message>
        <source>Per export. The whole window in the other theme is exported as its panels (without the controls); View &gt; Light Theme switches the app itself.</source>
        <translation>Pro Export. Das ganze Fenster im anderen Design wird als seine Panels exportiert (ohne die Bedienelemente); Ansicht &gt; Helles Design schaltet die App selbst um.</translation>
    </message>
    <message>
        <source>Training: one frame every N updates</source>
        <translation>Training: ein Frame alle N Updates</translation>
    </message>
    <message>
        <source>One backward pass, position by position</source>
        <translation>Ein Rückwärtsdurchlauf, Position für Position</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>One shared 3×3 filter learning …</source>
        <translation>Ein geteilter 3×3-Filter lernt …</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>Animieren</translation>
    </message>
    <message>
        <source>Frames (at most)</source>
        <translation>Frames (höchstens)</translation>
    </message>
    <message>
        <source>Updates between frames</source>
        <translation>Updates zwischen Frames</translation>
    </message>
    <message>
        <source>Each frame shows</source>
        <translation>Jeder Frame zeigt</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Folientitel</translation>
    </message>
    <message>
        <source>Slide panels</source>
        <translation>Folien-Panels</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>Ordner für die PNG-Frames</translation>
    </message>
    <message>
        <source>copied the {name} panel to the clipboard</source>
        <translation>Panel {name} in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>copied the window to the clipboard</source>
        <translation>Fenster in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
    <message>
        <source>nothing to export yet: the first snapshot has not been drawn</source>
        <translation>noch nichts zu exportieren: der erste Schnappschuss ist noch nicht gezeichnet</translation>
    </message>
    <message>
        <source>Rendering frames…</source>
        <translation>Frames werden gerendert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Figure (PNG or SVG)…</source>
        <translation>Abbildung (PNG oder SVG)…</translation>
    </message>
    <message>
        <source>The window or one panel as PNG (1×–4×, crisp cells) or SVG</source>
        <translation>Das Fenster oder ein Panel als PNG (1×–4×, scharfe Zellen) oder SVG</translation>
    </message>
    <message>
        <source>Slide (1920×1080)…</source>
        <translation>Folie (1920×1080)…</translation>
    </message>
    <message>
        <source>A 16:9 slide: a title and the panels you pick</source>
        <translation>Eine 16:9-Folie: ein Titel und die gewählten Panels</translation>
    </message>
    <message>
        <source>Animation (GIF, MP4 or PNG frames)…</source>
        <translation>Animation (GIF, MP4 oder PNG-Frames)…</translation>
    </message>
    <message>
        <source>Training (a frame every N updates) or one backward pass, position by position</source>
        <translation>Training (ein Frame alle N Updates) oder ein Rückwärtsdurchlauf, Position für Position</translation>
    </message>
    <message>
        <source>Copy Panel to Clipboard</source>
        <translation>Panel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The panel under the mouse (or last clicked), else the whole window</source>
        <translation>Das Panel unter der Maus (oder das zuletzt angeklickte), sonst das ganze Fenster</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>as saved in the lesson: {n} images of {h}×{w}</source>
        <translation>wie in der Lektion gespeichert: {n} Bilder zu {h}×{w}</translation>
    </message>
    <message>
        <source>as saved in the lesson: {h}×{w}</source>
        <translation>wie in der Lektion gespeichert: {h}×{w}</translation>
    </message>
    <message>
        <source>Open a grayscale image</source>
        <translation>Ein Graustufenbild öffnen</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a folder of images (a batch)</source>
        <translation>Einen Ordner mit Bildern öffnen (ein Batch)</translation>
    </message>
    <message>
        <source>Image not opened</source>
        <translation>Bild nicht geöffnet</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>image not opened: cancelled</source>
        <translation>Bild nicht geöffnet: abgebrochen</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix});;All files (*)</source>
        <translation>cnnviz-Lektionen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Lesson not opened</source>
        <translation>Lektion nicht geöffnet</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix})</source>
        <translation>cnnviz-Lektionen (*{suffix})</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>Lektion nicht gespeichert</translation>
    </message>
    <message>
        <source>saved {path} at step {step}</source>
        <translation>{path} bei Schritt {step} gespeichert</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation>Verlauf nicht exportiert</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>wrote {rows} rows to {path}</source>
        <translation>{rows} Zeilen nach {path} geschrieben</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>The filter: 9 weights + 1 bias = 10 parameters, the SAME ones at every position. The colour scale matches the target kernel&apos;s.</source>
        <translation>Der Filter: 9 Gewichte + 1 Bias = 10 Parameter, DIESELBEN an jeder Position. Die Farbskala ist die des Zielkernels.</translation>
    </message>
    <message>
        <source>Filter w (one {size}, shared by all {total} positions ({n} images × {per_image}))</source>
        <translation>Filter w (ein {size}, geteilt von allen {total} Positionen ({n} Bilder × {per_image}))</translation>
    </message>
    <message>
        <source>Filter w (one {size}, shared by all {total} positions)</source>
        <translation>Filter w (ein {size}, geteilt von allen {total} Positionen)</translation>
    </message>
    <message>
        <source>The filter: {weights} weights + 1 bias = {params} parameters, the SAME ones at every position (a grid per colour channel: R, G, B). The colour scale matches the target kernel&apos;s.</source>
        <translation>Der Filter: {weights} Gewichte + 1 Bias = {params} Parameter, DIESELBEN an jeder Position (ein Gitter pro Farbkanal: R, G, B). Die Farbskala ist die des Zielkernels.</translation>
    </message>
    <message>
        <source>The filter: {weights} weights + 1 bias = {params} parameters, the SAME ones at every position. The colour scale matches the target kernel&apos;s.</source>
        <translation>Der Filter: {weights} Gewichte + 1 Bias = {params} Parameter, DIESELBEN an jeder Position. Die Farbskala ist die des Zielkernels.</translation>
    </message>
    <message>
        <source>bias b = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Bias b = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter w AFTER the update (step {step}): one filter, applied once</source>
        <translation>Filter w NACH dem Update (Schritt {step}): ein Filter, einmal angewendet</translation>
    </message>
    <message>
        <source>bias b = &lt;b&gt;{value}&lt;/b&gt; (was {old})</source>
        <translation>Bias b = &lt;b&gt;{value}&lt;/b&gt; (vorher {old})</translation>
    </message>
</context>
<context>
    <name>InputGradPanel</name>
    <message>
        <source>The input gradient ∂L/∂x: each position adds its δ times the 9 weights into the 9 input pixels under it, so pixels seen by several positions collect several deltas.</source>
        <translation>Der Eingabegradient ∂L/∂x: Jede Position addiert ihr δ mal die 9 Gewichte in die 9 Eingabepixel darunter, sodass Pixel, die mehrere Positionen sehen, mehrere Deltas sammeln.</translation>
    </message>
    <message>
        <source>The input gradient ∂L/∂x, shaped like x: each position adds its δ times the {n} weights into the {n} input values under it, so pixels seen by several positions collect several deltas; the padding&apos;s zeros are not inputs.</source>
        <translation>Der Eingabegradient ∂L/∂x, geformt wie x: Jede Position addiert ihr δ mal die {n} Gewichte in die {n} Eingabewerte darunter, sodass Pixel, die mehrere Positionen sehen, mehrere Deltas sammeln; die Nullen des Paddings sind keine Eingaben.</translation>
    </message>
    <message>
        <source>The input gradient ∂L/∂x, shaped like x: each position adds its δ times the {n} weights into the {n} input values under it, so pixels seen by several positions collect several deltas.</source>
        <translation>Der Eingabegradient ∂L/∂x, geformt wie x: Jede Position addiert ihr δ mal die {n} Gewichte in die {n} Eingabewerte darunter, sodass Pixel, die mehrere Positionen sehen, mehrere Deltas sammeln.</translation>
    </message>
    <message>
        <source>Input gradient ∂L/∂x ({size})</source>
        <translation>Eingabegradient ∂L/∂x ({size})</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>The grayscale input image x (0 = black, 1 = white). The yellow square is the 3x3 receptive field: the pixels one output cell is computed from.</source>
        <translation>Das Graustufen-Eingabebild x (0 = schwarz, 1 = weiß). Das gelbe Quadrat ist das 3x3-rezeptive Feld: die Pixel, aus denen eine Ausgabezelle berechnet wird.</translation>
    </message>
    <message>
        <source>, image {i} of {n}</source>
        <translation>, Bild {i} von {n}</translation>
    </message>
    <message>
        <source>, padded with 1 zero a side: {size}</source>
        <translation>, je Seite mit 1 Null aufgefüllt: {size}</translation>
    </message>
    <message>
        <source>, padded with {p} zeros a side: {size}</source>
        <translation>, je Seite mit {p} Nullen aufgefüllt: {size}</translation>
    </message>
    <message>
        <source>Input image x ({size})</source>
        <translation>Eingabebild x ({size})</translation>
    </message>
    <message>
        <source>The colour input image x (R, G, B). The yellow square is the {k}x{k}x3 receptive field: the pixels one output cell is computed from.</source>
        <translation>Das farbige Eingabebild x (R, G, B). Das gelbe Quadrat ist das {k}x{k}x3-rezeptive Feld: die Pixel, aus denen eine Ausgabezelle berechnet wird.</translation>
    </message>
    <message>
        <source>The grayscale input image x (0 = black, 1 = white). The yellow square is the {k}x{k} receptive field: the pixels one output cell is computed from.</source>
        <translation>Das Graustufen-Eingabebild x (0 = schwarz, 1 = weiß). Das gelbe Quadrat ist das {k}x{k}-rezeptive Feld: die Pixel, aus denen eine Ausgabezelle berechnet wird.</translation>
    </message>
    <message>
        <source>The black border outside the dashed line is the padding: zeros, not pixels.</source>
        <translation>Der schwarze Rand außerhalb der gestrichelten Linie ist das Padding: Nullen, keine Pixel.</translation>
    </message>
    <message>
        <source>The dotted square is the next position: the filter moves {s} pixels at a time.</source>
        <translation>Das gepunktete Quadrat ist die nächste Position: Der Filter rückt jeweils {s} Pixel weiter.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>play / pause training</source>
        <translation>Training abspielen / anhalten</translation>
    </message>
    <message>
        <source>one update</source>
        <translation>ein Update</translation>
    </message>
    <message>
        <source>faster / slower</source>
        <translation>schneller / langsamer</translation>
    </message>
    <message>
        <source>reset to the same start</source>
        <translation>zurück zum selben Start</translation>
    </message>
    <message>
        <source>new random start</source>
        <translation>neuer Zufallsstart</translation>
    </message>
    <message>
        <source>undo a reset, new start, new image or setting</source>
        <translation>Zurücksetzen, neuen Start, neues Bild oder Einstellung rückgängig machen</translation>
    </message>
    <message>
        <source>step through backprop</source>
        <translation>Backprop Schritt für Schritt</translation>
    </message>
    <message>
        <source>compare shared vs untied</source>
        <translation>geteilt vs. ungebunden vergleichen</translation>
    </message>
    <message>
        <source>guided tour</source>
        <translation>geführte Tour</translation>
    </message>
    <message>
        <source>presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>open an image</source>
        <translation>ein Bild öffnen</translation>
    </message>
    <message>
        <source>play / pause the pass, position by position</source>
        <translation>den Durchlauf abspielen / anhalten, Position für Position</translation>
    </message>
    <message>
        <source>one step forward / back</source>
        <translation>einen Schritt vor / zurück</translation>
    </message>
    <message>
        <source>faster / slower (positions per second)</source>
        <translation>schneller / langsamer (Positionen pro Sekunde)</translation>
    </message>
    <message>
        <source>start / end of the pass</source>
        <translation>Anfang / Ende des Durchlaufs</translation>
    </message>
    <message>
        <source>→ at the end</source>
        <translation>→ am Ende</translation>
    </message>
    <message>
        <source>apply the update</source>
        <translation>das Update anwenden</translation>
    </message>
    <message>
        <source>check the gradient</source>
        <translation>den Gradienten prüfen</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>back to training</source>
        <translation>zurück zum Training</translation>
    </message>
    <message>
        <source>play / pause both layers</source>
        <translation>beide Schichten abspielen / anhalten</translation>
    </message>
    <message>
        <source>one update of each</source>
        <translation>ein Update für jede</translation>
    </message>
    <message>
        <source>reset both</source>
        <translation>beide zurücksetzen</translation>
    </message>
    <message>
        <source>back to the lesson</source>
        <translation>zurück zur Lektion</translation>
    </message>
    <message>
        <source>next / previous chapter</source>
        <translation>nächstes / voriges Kapitel</translation>
    </message>
    <message>
        <source>one position (step-through chapters), else next / previous chapter</source>
        <translation>eine Position (Schritt-für-Schritt-Kapitel), sonst nächstes / voriges Kapitel</translation>
    </message>
    <message>
        <source>play / pause the chapter&apos;s animation (else next chapter)</source>
        <translation>die Animation des Kapitels abspielen / anhalten (sonst nächstes Kapitel)</translation>
    </message>
    <message>
        <source>replay the animation</source>
        <translation>die Animation wiederholen</translation>
    </message>
    <message>
        <source>first / last chapter</source>
        <translation>erstes / letztes Kapitel</translation>
    </message>
    <message>
        <source>leave the tour</source>
        <translation>die Tour verlassen</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Geführte Tour</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>Schritt für Schritt</translation>
    </message>
    <message>
        <source>Shared vs untied</source>
        <translation>Geteilt vs. ungebunden</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>{mode}: keys</source>
        <translation>{mode}: Tasten</translation>
    </message>
    <message>
        <source>? or Esc closes this</source>
        <translation>? oder Esc schließt diese Übersicht</translation>
    </message>
</context>
<context>
    <name>LayerWords</name>
    <message>
        <source>{k}×{k} filter</source>
        <translation>{k}×{k}-Filter</translation>
    </message>
    <message>
        <source>{name} padding</source>
        <translation>Padding {name}</translation>
    </message>
    <message>
        <source>padding {p}</source>
        <translation>Padding {p}</translation>
    </message>
    <message>
        <source>stride {s}</source>
        <translation>Schrittweite {s}</translation>
    </message>
    <message>
        <source>cnnviz: one shared {size} filter learning — {label}</source>
        <translation>cnnviz: ein geteilter {size}-Filter lernt — {label}</translation>
    </message>
</context>
<context>
    <name>LessonSettings</name>
    <message>
        <source>Setting not changed</source>
        <translation>Einstellung nicht geändert</translation>
    </message>
    <message>
        <source>Layer not changed</source>
        <translation>Schicht nicht geändert</translation>
    </message>
    <message>
        <source>New lesson from step 0: {layer}, output {ho}×{wo}, {params} parameters; learning rate {lr} (this layer&apos;s default)</source>
        <translation>Neue Lektion ab Schritt 0: {layer}, Ausgabe {ho}×{wo}, {params} Parameter; Lernrate {lr} (Standard dieser Schicht)</translation>
    </message>
    <message>
        <source>these images are grey and their file is not at hand: open a colour image or choose a sample first</source>
        <translation>diese Bilder sind grau und ihre Datei ist nicht verfügbar: erst ein Farbbild öffnen oder ein Beispiel wählen</translation>
    </message>
    <message>
        <source>Image not changed</source>
        <translation>Bild nicht geändert</translation>
    </message>
    <message>
        <source>learning rate {text} is not a number from {low} to {high}; it stays {lr}</source>
        <translation>Lernrate {text} ist keine Zahl von {low} bis {high}; sie bleibt {lr}</translation>
    </message>
    <message>
        <source>Kernel not changed</source>
        <translation>Kernel nicht geändert</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>The loss L = Σ (y − T)² (or its mean) before each update, on a log scale.</source>
        <translation>Der Verlust L = Σ (y − T)² (oder sein Mittelwert) vor jedem Update, logarithmisch.</translation>
    </message>
    <message>
        <source>Loss L (log scale), mean of squared errors</source>
        <translation>Verlust L (log. Skala), Mittel der quadrierten Fehler</translation>
    </message>
    <message>
        <source>Loss L (log scale), sum of squared errors</source>
        <translation>Verlust L (log. Skala), Summe der quadrierten Fehler</translation>
    </message>
    <message>
        <source>step {step}: L = &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>Schritt {step}: L = &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The loss {formula} before each update, on a log scale.</source>
        <translation>Der Verlust {formula} vor jedem Update, logarithmisch.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cnnviz: error: cannot write screenshot {path}</source>
        <translation>cnnviz: Fehler: Bildschirmfoto {path} kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open Image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Open Folder as Batch…</source>
        <translation>Ordner als Batch öffnen…</translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation>Lektion öffnen…</translation>
    </message>
    <message>
        <source>Open a saved lesson: image, settings, weights, optimizer state and history</source>
        <translation>Eine gespeicherte Lektion öffnen: Bild, Einstellungen, Gewichte, Zustand des Optimierers und Verlauf</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Save everything to continue later</source>
        <translation>Alles speichern, um später weiterzumachen</translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation>Lektion speichern unter…</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>Verlauf als CSV exportieren…</translation>
    </message>
    <message>
        <source>Loss, weights and gradient buffer per recorded step, for spreadsheets</source>
        <translation>Verlust, Gewichte und Gradientenpuffer je aufgezeichnetem Schritt, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Export Tour as Slides…</source>
        <translation>Tour als Folien exportieren…</translation>
    </message>
    <message>
        <source>The guided tour as a 16:9 PDF (one page per chapter) or a folder of 1920x1080 PNGs</source>
        <translation>Die geführte Tour als 16:9-PDF (eine Seite je Kapitel) oder als Ordner mit PNGs in 1920x1080</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Step One Update (step-through: forward)</source>
        <translation>Ein Update (Schritt für Schritt: vorwärts)</translation>
    </message>
    <message>
        <source>Reset to Same Start</source>
        <translation>Zurück zum selben Start</translation>
    </message>
    <message>
        <source>New Random Start</source>
        <translation>Neuer Zufallsstart</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last reset, new start, new image or settings change</source>
        <translation>Das letzte Zurücksetzen, den neuen Start, das neue Bild oder die Einstellungsänderung zurücknehmen</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>More updates per second (also in presenter mode)</source>
        <translation>Mehr Updates pro Sekunde (auch im Präsentationsmodus)</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Step Through Backprop</source>
        <translation>Backprop Schritt für Schritt</translation>
    </message>
    <message>
        <source>Leave Step-Through or Comparison</source>
        <translation>Schritt für Schritt oder Vergleich verlassen</translation>
    </message>
    <message>
        <source>Check Gradient (step-through)</source>
        <translation>Gradient prüfen (Schritt für Schritt)</translation>
    </message>
    <message>
        <source>Compare Shared vs Untied</source>
        <translation>Geteilt vs. ungebunden vergleichen</translation>
    </message>
    <message>
        <source>Train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw</source>
        <translation>Den geteilten Filter (10 Parameter) neben einem Filter je Position (9&#x202f;000) trainieren, dann beide an einem nie gesehenen Bild testen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large text, only play, step and speed: for the classroom</source>
        <translation>Vollbild, große Schrift, nur Abspielen, Schritt und Tempo: für den Unterricht</translation>
    </message>
    <message>
        <source>Guided Tour</source>
        <translation>Geführte Tour</translation>
    </message>
    <message>
        <source>The lesson as chapters: PageDown / PageUp (or → / ←, Space) to move, Esc to leave</source>
        <translation>Die Lektion in Kapiteln: PageDown / PageUp (oder → / ←, Space) zum Blättern, Esc zum Verlassen</translation>
    </message>
    <message>
        <source>Keys for What Is On</source>
        <translation>Tasten des aktuellen Modus</translation>
    </message>
    <message>
        <source>The keys of the mode that is on (tour, step-through, comparison or training)</source>
        <translation>Die Tasten des aktiven Modus (Tour, Schritt für Schritt, Vergleich oder Training)</translation>
    </message>
    <message>
        <source>Colormap for Signed Values</source>
        <translation>Farbskala für Werte mit Vorzeichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About the Lesson</source>
        <translation>Über die Lektion</translation>
    </message>
    <message>
        <source>Check My Backprop…</source>
        <translation>Mein Backprop prüfen…</translation>
    </message>
    <message>
        <source>Run your own backward pass (a .py file or a notebook) on the lesson&apos;s data and name the bug</source>
        <translation>Den eigenen Rückwärtsdurchlauf (eine .py-Datei oder ein Notebook) mit den Daten der Lektion ausführen und den Fehler benennen</translation>
    </message>
    <message>
        <source>About the lesson</source>
        <translation>Über die Lektion</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;One shared filter.&lt;/b&gt; The same 9 weights and 1 bias are used at every position of the image. Backprop runs at each position and every position&apos;s contribution is &lt;i&gt;added&lt;/i&gt; into one 10-value gradient buffer; the summed buffer is then applied once.&lt;/p&gt;&lt;p&gt;Sum or mean only rescales the learning rate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ein geteilter Filter.&lt;/b&gt; Dieselben 9 Gewichte und 1 Bias werden an jeder Position des Bildes verwendet. Backprop läuft an jeder Position, und der Beitrag jeder Position wird in einen Gradientenpuffer aus 10 Werten &lt;i&gt;addiert&lt;/i&gt;; der summierte Puffer wird dann einmal angewandt.&lt;/p&gt;&lt;p&gt;Summe oder Mittelwert skaliert nur die Lernrate.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>der Systemsprache</translation>
    </message>
    <message>
        <source>The window will be in {language} when cnnviz starts again.</source>
        <translation>Das Fenster erscheint beim nächsten Start von cnnviz in {language}.</translation>
    </message>
</context>
<context>
    <name>MosaicPanel</name>
    <message>
        <source>The untied layer: one 3×3 filter per output position, each tile one position&apos;s own filter. Hover a cell to read which position and weight it is.</source>
        <translation>Die ungebundene Schicht: ein 3×3-Filter pro Ausgabeposition, jede Kachel der eigene Filter einer Position. Mit der Maus über einer Zelle steht, welche Position und welches Gewicht es ist.</translation>
    </message>
    <message>
        <source>position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;, its own bias = {bias}</source>
        <translation>Position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;, eigener Bias = {bias}</translation>
    </message>
    <message>
        <source>hover a tile to read its position and weight</source>
        <translation>Maus über eine Kachel: Position und Gewicht</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>The output map: the same 3x3 filter and bias applied at every position. Hover a cell to outline the input pixels it was computed from.</source>
        <translation>Die Ausgabekarte: derselbe 3x3-Filter und Bias an jeder Position angewendet. Mit der Maus über einer Zelle werden die Eingabepixel umrandet, aus denen sie berechnet wurde.</translation>
    </message>
    <message>
        <source>Output map y = w ★ x + b ({size})</source>
        <translation>Ausgabekarte y = w ★ x + b ({size})</translation>
    </message>
    <message>
        <source>Output map y = w ★ x + b after {activation} ({size})</source>
        <translation>Ausgabekarte y = w ★ x + b nach {activation} ({size})</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>row {row}, col {col}: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Zeile {row}, Spalte {col}: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>hover a cell to read its value</source>
        <translation>Maus über eine Zelle zeigt ihren Wert</translation>
    </message>
    <message>
        <source>· hover a cell for its number</source>
        <translation>· Maus über eine Zelle zeigt ihren Wert</translation>
    </message>
    <message>
        <source>{channel}, row {row}, col {col}: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>{channel}, Zeile {row}, Spalte {col}: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ParamsCard</name>
    <message>
        <source>({weights} weights + 1 bias), shared by all {positions} positions</source>
        <translation>({weights} Gewichte + 1 Bias), geteilt von allen {positions} Positionen</translation>
    </message>
    <message>
        <source>({weights} weights + 1 bias), shared by all {total} positions ({n} images × {positions})</source>
        <translation>({weights} Gewichte + 1 Bias), geteilt von allen {total} Positionen ({n} Bilder × {positions})</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} Parameter</translation>
    </message>
    <message>
        <source>A dense layer from {inputs} to {outputs} would need</source>
        <translation>Eine dichte Schicht von {inputs} nach {outputs} bräuchte</translation>
    </message>
    <message>
        <source>({inputs} × {outputs} weights + {outputs} biases)</source>
        <translation>({inputs} × {outputs} Gewichte + {outputs} Biases)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>settings file {path} is damaged; using the defaults (it will be rewritten)</source>
        <translation>Einstellungsdatei {path} ist beschädigt; es gelten die Standardwerte (sie wird neu geschrieben)</translation>
    </message>
    <message>
        <source>cnnviz: warning: {message}</source>
        <translation>cnnviz: Warnung: {message}</translation>
    </message>
    <message>
        <source>setting {key}={value} is not valid; using {default}</source>
        <translation>Einstellung {key}={value} ist ungültig; es gilt {default}</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Slower (−)</source>
        <translation>Langsamer (−)</translation>
    </message>
    <message>
        <source>Faster (+)</source>
        <translation>Schneller (+)</translation>
    </message>
    <message>
        <source>F11 leaves presenter mode</source>
        <translation>F11 beendet den Präsentationsmodus</translation>
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
        <translation>Schritt {step} · Epoche {epoch} · Verlust {loss} · {rate} Schritte/s · läuft</translation>
    </message>
    <message>
        <source>step {step} · epoch {epoch} · loss {loss} · {rate} steps/s · paused</source>
        <translation>Schritt {step} · Epoche {epoch} · Verlust {loss} · {rate} Schritte/s · pausiert</translation>
    </message>
</context>
<context>
    <name>StepThroughMode</name>
    <message>
        <source>Step-through not started</source>
        <translation>Schritt-für-Schritt nicht gestartet</translation>
    </message>
    <message>
        <source>Tracing the backward pass at every position…</source>
        <translation>Rückwärtsdurchlauf wird an jeder Position verfolgt…</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>Schritt-für-Schritt</translation>
    </message>
    <message>
        <source>Tracing the backward pass again…</source>
        <translation>Rückwärtsdurchlauf wird erneut verfolgt…</translation>
    </message>
    <message>
        <source>Update not applied</source>
        <translation>Update nicht angewendet</translation>
    </message>
    <message>
        <source>Applying the update and tracing the next pass…</source>
        <translation>Update wird angewendet und der nächste Durchlauf verfolgt…</translation>
    </message>
    <message>
        <source>overwritten after {count} of {P} positions</source>
        <translation>überschrieben nach {count} von {P} Positionen</translation>
    </message>
    <message>
        <source>running sum after {count} of {P} positions</source>
        <translation>laufende Summe nach {count} von {P} Positionen</translation>
    </message>
    <message>
        <source>, after {count} of {P} positions</source>
        <translation>, nach {count} von {P} Positionen</translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <source>target T = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Ziel T = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>({loss} over {positions} positions)</source>
        <translation>({loss} über {positions} Positionen)</translation>
    </message>
    <message>
        <source>{total} ({n} images × {per_image})</source>
        <translation>{total} ({n} Bilder × {per_image})</translation>
    </message>
    <message>
        <source>The update: v ← μv + buffer (μ = {momentum}), then w ← w − lr·v (lr = {lr}), once for each of the {n} parameters (table: “old v” is the velocity before this update).</source>
        <translation>Das Update: v ← μv + Puffer (μ = {momentum}), dann w ← w − lr·v (lr = {lr}), einmal für jeden der {n} Parameter (Tabelle: „altes v“ ist die Geschwindigkeit vor diesem Update).</translation>
    </message>
    <message>
        <source>The update: w ← w − lr × buffer (lr = {lr}), once for each of the {n} parameters (table).</source>
        <translation>Das Update: w ← w − lr × Puffer (lr = {lr}), einmal für jeden der {n} Parameter (Tabelle).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass complete:&lt;/b&gt; &lt;span style=&apos;color:#D55E00&apos;&gt;each of the {positions} positions overwrote the buffer (the bug), so it holds only the last one&apos;s contribution.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Durchlauf fertig:&lt;/b&gt; &lt;span style=&apos;color:#D55E00&apos;&gt;jede der {positions} Positionen hat den Puffer überschrieben (der Fehler), also enthält er nur den Beitrag der letzten.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass complete:&lt;/b&gt; all {positions} positions added into the buffer.</source>
        <translation>&lt;b&gt;Durchlauf fertig:&lt;/b&gt; alle {positions} Positionen wurden in den Puffer addiert.</translation>
    </message>
    <message>
        <source>Patch {x}: {n} of {k2} are padding (0)</source>
        <translation>Patch {x}: {n} von {k2} sind Padding (0)</translation>
    </message>
    <message>
        <source>Patch {x}</source>
        <translation>Patch {x}</translation>
    </message>
    <message>
        <source>Untied, R | G | B: each position&apos;s gradient in its own tiles ({filled} of {tiles} filled in; each tile sums its position over the {n} images: {count} of {P} added)</source>
        <translation>Ungebunden, R | G | B: der Gradient jeder Position in eigenen Kacheln ({filled} von {tiles} gefüllt; jede Kachel summiert ihre Position über die {n} Bilder: {count} von {P} addiert)</translation>
    </message>
    <message>
        <source>Untied: each position&apos;s gradient in its own tile ({filled} of {tiles} filled in; each tile sums its position over the {n} images: {count} of {P} added)</source>
        <translation>Ungebunden: der Gradient jeder Position in ihrer eigenen Kachel ({filled} von {tiles} gefüllt; jede Kachel summiert ihre Position über die {n} Bilder: {count} von {P} addiert)</translation>
    </message>
    <message>
        <source>Untied, R | G | B: each position&apos;s gradient in its own tiles ({filled} of {tiles} filled in)</source>
        <translation>Ungebunden, R | G | B: der Gradient jeder Position in eigenen Kacheln ({filled} von {tiles} gefüllt)</translation>
    </message>
    <message>
        <source>Untied: each position&apos;s gradient in its own tile ({filled} of {tiles} filled in)</source>
        <translation>Ungebunden: der Gradient jeder Position in ihrer eigenen Kachel ({filled} von {tiles} gefüllt)</translation>
    </message>
    <message>
        <source>one position</source>
        <translation>eine Position</translation>
    </message>
    <message>
        <source>one row of positions</source>
        <translation>eine Zeile Positionen</translation>
    </message>
    <message>
        <source>the whole pass</source>
        <translation>der ganze Durchlauf</translation>
    </message>
    <message>
        <source>the update</source>
        <translation>das Update</translation>
    </message>
    <message>
        <source>one epoch</source>
        <translation>eine Epoche</translation>
    </message>
    <message>
        <source>The 3x3 input pixels under the filter at this position (its receptive field).</source>
        <translation>Die 3x3 Eingabepixel unter dem Filter an dieser Position (sein rezeptives Feld).</translation>
    </message>
    <message>
        <source>This position&apos;s contribution δ · patch: ADDED into the gradient buffer.</source>
        <translation>Der Beitrag dieser Position δ · Patch: in den Gradientenpuffer ADDIERT.</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s 9 pixels.</source>
        <translation>Die Eingabe-Deltas dieser Position δ · w: in ∂L/∂x an den 9 Pixeln des Patches ADDIERT.</translation>
    </message>
    <message>
        <source>One weight&apos;s contribution from each position so far; the map sums to its buffer value.</source>
        <translation>Der Beitrag jeder bisherigen Position zu einem Gewicht; die Karte summiert sich zu seinem Pufferwert.</translation>
    </message>
    <message>
        <source>If every position had its own filter (untied), position p&apos;s gradient δ·patch would stay in its own tile. Stepping one position adds only into that position&apos;s tile (with a batch, the same position in every image adds into the same tile).</source>
        <translation>Hätte jede Position ihren eigenen Filter (ungebunden), bliebe der Gradient δ·Patch der Position p in ihrer eigenen Kachel. Ein Schritt um eine Position addiert nur in die Kachel dieser Position (bei einem Batch addiert dieselbe Position in jedem Bild in dieselbe Kachel).</translation>
    </message>
    <message>
        <source>position ({i}, {j}), {channel}: {name} = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Position ({i}, {j}), {channel}: {name} = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All the tiles added up: exactly the shared buffer. Weight sharing = summing the tiles.</source>
        <translation>Alle Kacheln addiert: genau der geteilte Puffer. Gewichtsteilung = die Kacheln summieren.</translation>
    </message>
    <message>
        <source>Positions added into the buffer so far, of P, in raster order (row by row, left to right). The position is counted from 1; rows and cols from 0, as on the maps&apos; axes.</source>
        <translation>Bisher in den Puffer addierte Positionen, von P, in Rasterreihenfolge (Zeile für Zeile, von links nach rechts). Die Position zählt ab 1; Zeilen und Spalten ab 0, wie auf den Achsen der Karten.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back one step (Left): exact, read from the recorded pass</source>
        <translation>Einen Schritt zurück (Left): exakt, aus dem aufgezeichneten Durchlauf gelesen</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Vor ▶</translation>
    </message>
    <message>
        <source>Forward one step (Right)</source>
        <translation>Einen Schritt vor (Right)</translation>
    </message>
    <message>
        <source>|◀ Start</source>
        <translation>|◀ Anfang</translation>
    </message>
    <message>
        <source>Start of the pass: nothing added yet (Home)</source>
        <translation>Anfang des Durchlaufs: noch nichts addiert (Home)</translation>
    </message>
    <message>
        <source>End ▶|</source>
        <translation>Ende ▶|</translation>
    </message>
    <message>
        <source>End of the pass: all positions added (End)</source>
        <translation>Ende des Durchlaufs: alle Positionen addiert (End)</translation>
    </message>
    <message>
        <source>How far Back/Forward (Left/Right) move</source>
        <translation>Wie weit Zurück/Vor (Left/Right) gehen</translation>
    </message>
    <message>
        <source>Overwrite instead of add (bug)</source>
        <translation>Überschreiben statt addieren (Fehler)</translation>
    </message>
    <message>
        <source>A deliberate bug: the buffer keeps only the last position&apos;s contribution</source>
        <translation>Ein absichtlicher Fehler: Der Puffer behält nur den Beitrag der letzten Position</translation>
    </message>
    <message>
        <source>Check gradient</source>
        <translation>Gradient prüfen</translation>
    </message>
    <message>
        <source>Compare the full-pass buffer (all P positions, whatever the position shown) with central finite differences of the loss (G)</source>
        <translation>Den Puffer des ganzen Durchlaufs (alle P Positionen, egal welche Position gezeigt wird) mit zentralen finiten Differenzen des Verlusts vergleichen (G)</translation>
    </message>
    <message>
        <source>Exit step-through</source>
        <translation>Schritt-für-Schritt beenden</translation>
    </message>
    <message>
        <source>Back to training (B or Esc)</source>
        <translation>Zurück zum Training (B oder Esc)</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Scrub through the positions 0..P</source>
        <translation>Durch die Positionen 0..P fahren</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>w − lr × buffer</source>
        <translation>w − lr × Puffer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>full-pass buffer</source>
        <translation>Puffer (ganzer Durchlauf)</translation>
    </message>
    <message>
        <source>finite difference</source>
        <translation>finite Differenz</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>relativer Fehler</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Hover a weight in the filter or buffer</source>
        <translation>Maus über ein Gewicht im Filter oder Puffer</translation>
    </message>
    <message>
        <source>One weight</source>
        <translation>Ein Gewicht</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train 300 steps both ways: sum vs overwrite</source>
        <translation>300 Schritte auf beide Arten trainieren: Summe vs. Überschreiben</translation>
    </message>
    <message>
        <source>Add/overwrite</source>
        <translation>Add./Überschr.</translation>
    </message>
    <message>
        <source>Untied</source>
        <translation>Ungebunden</translation>
    </message>
    <message>
        <source>The update, applied once after the whole pass</source>
        <translation>Das Update, einmal nach dem ganzen Durchlauf angewendet</translation>
    </message>
    <message>
        <source>Gradient check: the full-pass buffer against finite differences (G)</source>
        <translation>Gradientenprüfung: der Puffer des ganzen Durchlaufs gegen finite Differenzen (G)</translation>
    </message>
    <message>
        <source>One weight&apos;s contribution map (hover a weight)</source>
        <translation>Beitragskarte eines Gewichts (Maus über ein Gewicht)</translation>
    </message>
    <message>
        <source>Add vs overwrite: train both ways</source>
        <translation>Addieren vs. Überschreiben: auf beide Arten trainieren</translation>
    </message>
    <message>
        <source>Untied view: each position&apos;s gradient in its own tile (colour: R | G | B mosaics)</source>
        <translation>Ungebundene Ansicht: der Gradient jeder Position in ihrer eigenen Kachel (Farbe: R | G | B-Mosaike)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Patch x (no position yet)</source>
        <translation>Patch x (noch keine Position)</translation>
    </message>
    <message>
        <source>δ · patch → buffer</source>
        <translation>δ · Patch → Puffer</translation>
    </message>
    <message>
        <source>δ · w → ∂L/∂x</source>
        <translation>δ · w → ∂L/∂x</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Right&lt;/b&gt; to run backprop at the first position and add its contribution into the buffer.</source>
        <translation>&lt;b&gt;Right&lt;/b&gt; (Pfeil rechts) führt Backprop an der ersten Position aus und addiert ihren Beitrag in den Puffer.</translation>
    </message>
    <message>
        <source>No position added yet: the buffer is all zeros.</source>
        <translation>Noch keine Position addiert: Der Puffer ist überall null.</translation>
    </message>
    <message>
        <source>δ · patch → replaces the buffer (the bug)</source>
        <translation>δ · Patch → ersetzt den Puffer (der Fehler)</translation>
    </message>
    <message>
        <source>δ · patch → added into the buffer</source>
        <translation>δ · Patch → in den Puffer addiert</translation>
    </message>
    <message>
        <source>δ for the bias: &lt;b&gt;{value}&lt;/b&gt; · the padding&apos;s cells add 0</source>
        <translation>δ für den Bias: &lt;b&gt;{value}&lt;/b&gt; · die Padding-Zellen addieren 0</translation>
    </message>
    <message>
        <source>δ for the bias: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>δ für den Bias: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>δ · w → added into ∂L/∂x</source>
        <translation>δ · w → in ∂L/∂x addiert</translation>
    </message>
    <message>
        <source>only the cells inside the dashed edge: the padding is not an input</source>
        <translation>nur die Zellen innerhalb der gestrichelten Kante: das Padding ist keine Eingabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overwrite bug on:&lt;/b&gt; the buffer now holds only this position&apos;s contribution.</source>
        <translation>&lt;b&gt;Überschreib-Fehler an:&lt;/b&gt; Der Puffer enthält jetzt nur den Beitrag dieser Position.</translation>
    </message>
    <message>
        <source>The gradient buffer is the sum of every contribution so far: same {n} parameters, gradients just &lt;b&gt;add&lt;/b&gt;.</source>
        <translation>Der Gradientenpuffer ist die Summe aller bisherigen Beiträge: dieselben {n} Parameter, Gradienten werden einfach &lt;b&gt;addiert&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The {size} input values under the filter at this position (its receptive field), the filter&apos;s 1 pixel on from the last one&apos;s.</source>
        <translation>Die {size} Eingabewerte unter dem Filter an dieser Position (sein rezeptives Feld), 1 Pixel weiter als an der letzten.</translation>
    </message>
    <message>
        <source>The {size} input values under the filter at this position (its receptive field), the filter&apos;s {s} pixels on from the last one&apos;s.</source>
        <translation>Die {size} Eingabewerte unter dem Filter an dieser Position (sein rezeptives Feld), {s} Pixel weiter als an der letzten.</translation>
    </message>
    <message>
        <source>Cells outside the dashed edge lie on the padding&apos;s border: zeros, not pixels.</source>
        <translation>Zellen außerhalb der gestrichelten Kante liegen auf dem Padding-Rand: Nullen, keine Pixel.</translation>
    </message>
    <message>
        <source>One grid per channel: R, G, B.</source>
        <translation>Ein Gitter pro Kanal: R, G, B.</translation>
    </message>
    <message>
        <source>The padding&apos;s zeros add 0.</source>
        <translation>Die Nullen des Paddings addieren 0.</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s {n} input values on the image (the padding&apos;s cells are not inputs: dropped).</source>
        <translation>Die Eingabe-Deltas dieser Position δ · w: in ∂L/∂x an den {n} Eingabewerten des Patches auf dem Bild ADDIERT (die Padding-Zellen sind keine Eingaben: verworfen).</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s {n} input values.</source>
        <translation>Die Eingabe-Deltas dieser Position δ · w: in ∂L/∂x an den {n} Eingabewerten des Patches ADDIERT.</translation>
    </message>
    <message>
        <source>old v</source>
        <translation>altes v</translation>
    </message>
    <message>
        <source>μv + buffer</source>
        <translation>μv + Puffer</translation>
    </message>
    <message>
        <source>The update is applied once, after all {positions} positions have added their contribution.</source>
        <translation>Das Update wird einmal angewendet, nachdem alle {positions} Positionen ihren Beitrag addiert haben.</translation>
    </message>
    <message>
        <source>Press End, then → to apply it.</source>
        <translation>End drücken, dann →, um es anzuwenden.</translation>
    </message>
    <message>
        <source>Sum of all tiles = the shared buffer</source>
        <translation>Summe aller Kacheln = der geteilte Puffer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overwrite bug on:&lt;/b&gt; the buffer is NOT this sum</source>
        <translation>&lt;b&gt;Überschreib-Fehler an:&lt;/b&gt; Der Puffer ist NICHT diese Summe</translation>
    </message>
    <message>
        <source>= the buffer ∂L/∂w above</source>
        <translation>= der Puffer ∂L/∂w oben</translation>
    </message>
    <message>
        <source>The full-pass buffer with the overwrite bug (position {P}&apos;s contribution alone, not a sum) against central finite differences of the loss.</source>
        <translation>Der Puffer des ganzen Durchlaufs mit dem Überschreib-Fehler (nur der Beitrag von Position {P}, keine Summe) gegen zentrale finite Differenzen des Verlusts.</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all positions, against central finite differences of the loss.</source>
        <translation>Der Puffer des ganzen Durchlaufs, über alle Positionen summiert, gegen zentrale finite Differenzen des Verlusts.</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all {positions} positions (the buffer shown above is the running sum after {count} of them), against central finite differences of the loss.</source>
        <translation>Der Puffer des ganzen Durchlaufs, über alle {positions} Positionen summiert (der Puffer oben ist die laufende Summe nach {count} davon), gegen zentrale finite Differenzen des Verlusts.</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all {positions} positions, against central finite differences of the loss.</source>
        <translation>Der Puffer des ganzen Durchlaufs, über alle {positions} Positionen summiert, gegen zentrale finite Differenzen des Verlusts.</translation>
    </message>
    <message>
        <source>Contribution of {name} at each position of image {i} of {n}</source>
        <translation>Beitrag von {name} an jeder Position von Bild {i} von {n}</translation>
    </message>
    <message>
        <source>this image&apos;s map sums to &lt;b&gt;{sum}&lt;/b&gt;; the maps of all {n} images sum to the buffer value &lt;b&gt;{buffer}&lt;/b&gt;</source>
        <translation>die Karte dieses Bildes summiert sich zu &lt;b&gt;{sum}&lt;/b&gt;; die Karten aller {n} Bilder summieren sich zum Pufferwert &lt;b&gt;{buffer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contribution of {name} at each position</source>
        <translation>Beitrag von {name} an jeder Position</translation>
    </message>
    <message>
        <source>sum of the map = &lt;b&gt;{sum}&lt;/b&gt; = buffer value &lt;b&gt;{buffer}&lt;/b&gt;</source>
        <translation>Summe der Karte = &lt;b&gt;{sum}&lt;/b&gt; = Pufferwert &lt;b&gt;{buffer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>add (correct)</source>
        <translation>addieren (richtig)</translation>
    </message>
    <message>
        <source>overwrite (bug)</source>
        <translation>überschreiben (Fehler)</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>The target map T: the target kernel (e.g. Sobel-x) slid over the input. Training makes the output map match it. Same colour scale as the output map.</source>
        <translation>Die Zielkarte T: der Zielkernel (z. B. Sobel-x), über die Eingabe geschoben. Das Training bringt die Ausgabekarte dazu, ihr zu gleichen. Dieselbe Farbskala wie die Ausgabekarte.</translation>
    </message>
    <message>
        <source>typed {k}×{k}</source>
        <translation>eingegeben {k}×{k}</translation>
    </message>
    <message>
        <source>Target map T ({name}, {size})</source>
        <translation>Zielkarte T ({name}, {size})</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>The 9 weights and the bias after each update. Dashed lines: the target kernel&apos;s values (and 0 for the bias), where the solid lines should end up.</source>
        <translation>Die 9 Gewichte und der Bias nach jedem Update. Gestrichelte Linien: die Werte des Zielkernels (und 0 für den Bias), wo die durchgezogenen Linien enden sollten.</translation>
    </message>
    <message>
        <source>{channel} weights</source>
        <translation>{channel}-Gewichte</translation>
    </message>
    <message>
        <source>{n} weights (colours repeat every 9)</source>
        <translation>{n} Gewichte (Farben wiederholen sich alle 9)</translation>
    </message>
    <message>
        <source>Weights over steps ({n} weights + bias; dashed: target kernel)</source>
        <translation>Gewichte über die Schritte ({n} Gewichte + Bias; gestrichelt: Zielkernel)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>the settings change</source>
        <translation>die Änderung der Einstellungen</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>leave the tour to undo</source>
        <translation>zum Rückgängigmachen die Tour verlassen</translation>
    </message>
    <message>
        <source>undone: {what} ({n} more can be undone)</source>
        <translation>rückgängig gemacht: {what} ({n} weitere möglich)</translation>
    </message>
    <message>
        <source>the reset</source>
        <translation>das Zurücksetzen</translation>
    </message>
    <message>
        <source>the new start</source>
        <translation>der neue Start</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>das neue Bild</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>the training thread did not answer; try again</source>
        <translation>der Trainings-Thread hat nicht geantwortet; bitte erneut versuchen</translation>
    </message>
    <message>
        <source>learning rate lowered from {old} to {new}: the old one would diverge on this image</source>
        <translation>Lernrate von {old} auf {new} gesenkt: die alte würde auf diesem Bild divergieren</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training paused: the loss overflowed</source>
        <translation>Training pausiert: der Verlust ist übergelaufen</translation>
    </message>
    <message>
        <source>step {step}   loss {loss}</source>
        <translation>Schritt {step}   Verlust {loss}</translation>
    </message>
</context>
</TS>
