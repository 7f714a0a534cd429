<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Accessibility</name>
    <message>
        <source>Input image</source>
        <translation>Eingabebild</translation>
    </message>
    <message>
        <source>Target map</source>
        <translation>Zielkarte</translation>
    </message>
    <message>
        <source>Output map</source>
        <translation>Ausgabekarte</translation>
    </message>
    <message>
        <source>Error map</source>
        <translation>Fehlerkarte</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Gradient buffer</source>
        <translation>Gradientenpuffer</translation>
    </message>
    <message>
        <source>Input gradient</source>
        <translation>Eingabegradient</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>Anzahl der Parameter</translation>
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
        <source>Untied gradients</source>
        <translation>Ungebundene Gradienten</translation>
    </message>
    <message>
        <source>Sum of the tiles</source>
        <translation>Summe der Kacheln</translation>
    </message>
    <message>
        <source>{name}: {channels} channels of {k} by {k}, largest {value} at {channel}, row {row}, column {col}</source>
        <translation>{name}: {channels} Kanäle zu je {k} mal {k}, größter Wert {value} bei {channel}, Zeile {row}, Spalte {col}</translation>
    </message>
    <message>
        <source>{name}: {k} by {k}, largest {value} at row {row}, column {col}</source>
        <translation>{name}: {k} mal {k}, größter Wert {value} in Zeile {row}, Spalte {col}</translation>
    </message>
    <message>
        <source>{name}: {rows} by {cols}, largest {value} at row {row}, column {col}</source>
        <translation>{name}: {rows} mal {cols}, größter Wert {value} in Zeile {row}, Spalte {col}</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {col}: {value}</source>
        <translation>{name}, Zeile {row}, Spalte {col}: {value}</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Kernel typed as rows</source>
        <translation>Kernel als Zeilen eingegeben</translation>
    </message>
    <message>
        <source>Reduce Motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Animations (the tour&apos;s chapters, the pass playing) jump to their end in one step</source>
        <translation>Animationen (die Kapitel der Tour, der abgespielte Durchlauf) springen in einem Schritt an ihr Ende</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>unknown activation {name}; choose one of {choices}</source>
        <translation>unbekannte Aktivierung {name}; eine von {choices} wählen</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit Argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrückliches Argument %r ignoriert</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Wert</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Werte</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
</context>
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
    <name>Captions</name>
    <message>
        <source>Laplacian</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>box blur</source>
        <translation>Box-Blur</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source> (a condition needs a &apos;:&apos; and its sentence)</source>
        <translation> (eine Bedingung braucht ein &apos;:&apos; und ihren Satz)</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}{hint}; the facts are listed in tour.toml</source>
        <translation>unbekannter Platzhalter {placeholder}{hint}; die Fakten stehen in tour.toml</translation>
    </message>
    <message>
        <source>unknown condition {condition}; use one of {names}</source>
        <translation>unbekannte Bedingung {condition}; möglich sind {names}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} und {b}</translation>
    </message>
    <message>
        <source>identity and an activation</source>
        <translation>identity und eine Aktivierung</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>(eingegeben)</translation>
    </message>
    <message>
        <source>(typed kernel)</source>
        <translation>(eingegebener Kernel)</translation>
    </message>
    <message>
        <source>luminance(patch)</source>
        <translation>Luminanz(patch)</translation>
    </message>
    <message>
        <source>v ← μv + buffer, then w ← w − lr·v</source>
        <translation>v ← μv + buffer, dann w ← w − lr·v</translation>
    </message>
    <message>
        <source>one colour (R, G, B) {size} image</source>
        <translation>ein farbiges (R, G, B) {size}-Bild</translation>
    </message>
    <message>
        <source>one grayscale {size} image</source>
        <translation>ein graues {size}-Bild</translation>
    </message>
    <message>
        <source>{N} colour (R, G, B) {size} images</source>
        <translation>{N} farbige (R, G, B) {size}-Bilder</translation>
    </message>
    <message>
        <source>{N} grayscale {size} images</source>
        <translation>{N} graue {size}-Bilder</translation>
    </message>
    <message>
        <source>{P} ({N} images × {per_image})</source>
        <translation>{P} ({N} Bilder × {per_image})</translation>
    </message>
    <message>
        <source>a {close} with no {open} before it (write {twice} for a brace)</source>
        <translation>ein {close} ohne {open} davor (für eine Klammer {twice} schreiben)</translation>
    </message>
    <message>
        <source>{open} must start {fact} or {condition} (write {twice} for a brace)</source>
        <translation>{open} muss {fact} oder {condition} beginnen (für eine Klammer {twice} schreiben)</translation>
    </message>
    <message>
        <source>{condition} is not closed with {close}</source>
        <translation>{condition} wird nicht mit {close} geschlossen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>plain SGD</source>
        <translation>einfaches SGD</translation>
    </message>
    <message>
        <source>{dx} px right and {dy} px down</source>
        <translation>{dx} px nach rechts und {dy} px nach unten</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>Run your own convolution backward pass on the lesson&apos;s data and on probes, compare with the exact gradients and name the bug. Your code runs in a separate process.</source>
        <translation>Den eigenen Rückwärtsdurchlauf der Faltung mit den Daten der Lektion und mit Proben ausführen, mit den exakten Gradienten vergleichen und den Fehler benennen. Der Code läuft in einem eigenen Prozess.</translation>
    </message>
    <message>
        <source>Conventions ({conventions}) are recognised by the function&apos;s name. On a lesson with --stride or --padding the lesson&apos;s backward is called as backward(x, w, dy, stride=S, padding=P) (or pad=P).</source>
        <translation>Konventionen ({conventions}) werden am Namen der Funktion erkannt. Bei einer Lektion mit --stride oder --padding wird backward der Lektion als backward(x, w, dy, stride=S, padding=P) (oder pad=P) aufgerufen (Schrittweite und Padding).</translation>
    </message>
    <message>
        <source>your Python file or Jupyter notebook (.ipynb)</source>
        <translation>die Python-Datei oder das Jupyter-Notebook (.ipynb)</translation>
    </message>
    <message>
        <source>the function to check (default: the first of {names} found)</source>
        <translation>die zu prüfende Funktion (Standard: die erste gefundene von {names})</translation>
    </message>
    <message>
        <source>how the function is called (default: by its name)</source>
        <translation>wie die Funktion aufgerufen wird (Standard: nach ihrem Namen)</translation>
    </message>
    <message>
        <source>print one JSON object (in English, whatever the language)</source>
        <translation>ein JSON-Objekt ausgeben (auf Englisch, egal in welcher Sprache)</translation>
    </message>
    <message>
        <source>refuse to run your code unless it can be isolated (Linux with bubblewrap): for a teacher running a class&apos;s files</source>
        <translation>den Code nur isoliert ausführen, sonst ablehnen (Linux mit bubblewrap): für Lehrkräfte, die die Dateien einer Klasse prüfen</translation>
    </message>
    <message>
        <source>seconds for loading your file, and again for the probes (default {seconds}); a slow call on bigger data gets more, by your code&apos;s speed on the smaller ones</source>
        <translation>Sekunden für das Laden der Datei und noch einmal für die Proben (Standard {seconds}); ein langsamer Aufruf auf größeren Daten bekommt mehr, nach dem Tempo des Codes auf den kleineren</translation>
    </message>
    <message>
        <source>check against a lesson with a K x K filter, 1 to 7 (default 3): w is (K, K)</source>
        <translation>gegen eine Lektion mit einem K x K-Filter prüfen, 1 bis 7 (Standard 3): w ist (K, K)</translation>
    </message>
    <message>
        <source>check against a colour lesson: x is (3, H, W) and w (3, K, K), one output map</source>
        <translation>gegen eine Farb-Lektion prüfen: x ist (3, H, W) und w (3, K, K), eine Ausgabekarte</translation>
    </message>
    <message>
        <source>still running your code ({what}), {seconds} s…</source>
        <translation>der Code läuft noch ({what}), {seconds} s…</translation>
    </message>
    <message>
        <source>still running your code (call {call} of {total}: {what}), {seconds} s…</source>
        <translation>der Code läuft noch (Aufruf {call} von {total}: {what}), {seconds} s…</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler im Code</translation>
    </message>
    <message>
        <source>run on {count} calls: {probes}</source>
        <translation>ausgeführt in {count} Aufrufen mit {probes}</translation>
    </message>
    <message>
        <source>verdict: correct. {message}</source>
        <translation>Urteil: richtig. {message}</translation>
    </message>
    <message>
        <source>verdict: {verdict}  ({ids})</source>
        <translation>Urteil: {verdict}  ({ids})</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>Beleg: {evidence}</translation>
    </message>
    <message>
        <source>your dw</source>
        <translation>eigenes dw</translation>
    </message>
    <message>
        <source>true dw</source>
        <translation>richtiges dw</translation>
    </message>
    <message>
        <source>on the lesson&apos;s data (3 significant digits, wrong cells marked *):</source>
        <translation>mit den Daten der Lektion (3 signifikante Stellen, falsche Zellen mit * markiert):</translation>
    </message>
    <message>
        <source>channel {channel}</source>
        <translation>Kanal {channel}</translation>
    </message>
    <message>
        <source>largest error on the lesson&apos;s data: {errors}</source>
        <translation>größter Fehler mit den Daten der Lektion: {errors}</translation>
    </message>
    <message>
        <source>{notes}; and {count} more</source>
        <translation>{notes}; und {count} weitere</translation>
    </message>
    <message>
        <source>left out to run your file: {notes}</source>
        <translation>weggelassen, um die Datei auszuführen: {notes}</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>isoliert</translation>
    </message>
    <message>
        <source>not isolated: {why}</source>
        <translation>nicht isoliert: {why}</translation>
    </message>
    <message>
        <source>how your code ran: {how}</source>
        <translation>wie der Code lief: {how}</translation>
    </message>
    <message>
        <source>your code printed (between the bars; not the checker&apos;s words):</source>
        <translation>der Code hat ausgegeben (zwischen den Strichen; nicht die Worte des Prüfers):</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>not comparable ({why})</source>
        <translation>nicht vergleichbar ({why})</translation>
    </message>
    <message>
        <source>not returned</source>
        <translation>nicht zurückgegeben</translation>
    </message>
</context>
<context>
    <name>CheckDiagnose</name>
    <message>
        <source>keeps only the last position&apos;s contribution</source>
        <translation>behält nur den Beitrag der letzten Position</translation>
    </message>
    <message>
        <source>keeps only the last image&apos;s sum</source>
        <translation>behält nur die Summe des letzten Bildes</translation>
    </message>
    <message>
        <source>leaves out the last row of positions (row {R})</source>
        <translation>lässt die letzte Zeile der Positionen aus (Zeile {R})</translation>
    </message>
    <message>
        <source>leaves out the last column of positions (column {C})</source>
        <translation>lässt die letzte Spalte der Positionen aus (Spalte {C})</translation>
    </message>
    <message>
        <source>leaves out the last row and the last column of positions (row {R}, column {C})</source>
        <translation>lässt die letzte Zeile und die letzte Spalte der Positionen aus (Zeile {R}, Spalte {C})</translation>
    </message>
    <message>
        <source>leaves out the first row of positions (row 0)</source>
        <translation>lässt die erste Zeile der Positionen aus (Zeile 0)</translation>
    </message>
    <message>
        <source>leaves out the first column of positions (column 0)</source>
        <translation>lässt die erste Spalte der Positionen aus (Spalte 0)</translation>
    </message>
    <message>
        <source>leaves out the first row and the first column of positions</source>
        <translation>lässt die erste Zeile und die erste Spalte der Positionen aus</translation>
    </message>
    <message>
        <source>counts twice the last row of positions (row {R})</source>
        <translation>zählt die letzte Zeile der Positionen doppelt (Zeile {R})</translation>
    </message>
    <message>
        <source>counts twice the last column of positions (column {C})</source>
        <translation>zählt die letzte Spalte der Positionen doppelt (Spalte {C})</translation>
    </message>
    <message>
        <source>counts twice the last row and the last column of positions (row {R}, column {C})</source>
        <translation>zählt die letzte Zeile und die letzte Spalte der Positionen doppelt (Zeile {R}, Spalte {C})</translation>
    </message>
    <message>
        <source>counts twice the first row of positions (row 0)</source>
        <translation>zählt die erste Zeile der Positionen doppelt (Zeile 0)</translation>
    </message>
    <message>
        <source>counts twice the first column of positions (column 0)</source>
        <translation>zählt die erste Spalte der Positionen doppelt (Spalte 0)</translation>
    </message>
    <message>
        <source>counts twice the first row and the first column of positions</source>
        <translation>zählt die erste Zeile und die erste Spalte der Positionen doppelt</translation>
    </message>
    <message>
        <source>uses windows one pixel apart although the stride is {S}</source>
        <translation>verwendet Fenster im Abstand von einem Pixel, obwohl die Schrittweite {S} ist</translation>
    </message>
    <message>
        <source>uses the kernel rotated 180°</source>
        <translation>verwendet den Kernel um 180° gedreht</translation>
    </message>
    <message>
        <source>is the true one rotated 180°</source>
        <translation>ist das richtige, um 180° gedreht</translation>
    </message>
    <message>
        <source>uses the kernel transposed</source>
        <translation>verwendet den Kernel transponiert</translation>
    </message>
    <message>
        <source>is the true one transposed</source>
        <translation>ist das richtige, transponiert</translation>
    </message>
    <message>
        <source>uses the kernel rotated 180° and transposed</source>
        <translation>verwendet den Kernel um 180° gedreht und transponiert</translation>
    </message>
    <message>
        <source>is the true one rotated 180° and transposed</source>
        <translation>ist das richtige, um 180° gedreht und transponiert</translation>
    </message>
    <message>
        <source>has the opposite sign</source>
        <translation>hat das umgekehrte Vorzeichen</translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P})</source>
        <translation>ist durch die Anzahl der Positionen geteilt ({P})</translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P}) and has the opposite sign</source>
        <translation>ist durch die Anzahl der Positionen geteilt ({P}) und hat das umgekehrte Vorzeichen</translation>
    </message>
    <message>
        <source>is divided by the number of pixels of the image ({PIX})</source>
        <translation>ist durch die Anzahl der Pixel des Bildes geteilt ({PIX})</translation>
    </message>
    <message>
        <source>is divided by the number of images ({N})</source>
        <translation>ist durch die Anzahl der Bilder geteilt ({N})</translation>
    </message>
    <message>
        <source>is divided by the number of positions per image ({HW})</source>
        <translation>ist durch die Anzahl der Positionen pro Bild geteilt ({HW})</translation>
    </message>
    <message>
        <source>is divided by the number of pixels of all images ({NPIX})</source>
        <translation>ist durch die Anzahl der Pixel aller Bilder geteilt ({NPIX})</translation>
    </message>
    <message>
        <source>keeps at each pixel only the last position that touches it</source>
        <translation>behält an jedem Pixel nur die letzte Position, die es berührt</translation>
    </message>
    <message>
        <source>is 0: the bias gradient is missing</source>
        <translation>ist 0: der Gradient des Bias fehlt</translation>
    </message>
    <message>
        <source>sums δ over all filters together (each filter&apos;s db is the sum of its own δ map)</source>
        <translation>summiert δ über alle Filter zusammen (das db jedes Filters ist die Summe seiner eigenen δ-Karte)</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} und {then}</translation>
    </message>
    <message>
        <source>is all zeros</source>
        <translation>ist komplett null</translation>
    </message>
    <message>
        <source>returned exactly the previous call&apos;s result for new data</source>
        <translation>gab für neue Daten genau das Ergebnis des vorigen Aufrufs zurück</translation>
    </message>
    <message>
        <source>is the same for different x and dy</source>
        <translation>ist für verschiedene x und dy gleich</translation>
    </message>
    <message>
        <source>returned the previous call&apos;s result plus this call&apos;s</source>
        <translation>gab das Ergebnis des vorigen Aufrufs plus das dieses Aufrufs zurück</translation>
    </message>
    <message>
        <source>is divided by {m} on every call, whatever the image: also on {probe}, which has {count} positions</source>
        <translation>ist bei jedem Aufruf durch {m} geteilt, egal bei welchem Bild: auch bei {probe} mit {count} Positionen</translation>
    </message>
    <message>
        <source>the true value</source>
        <translation>der richtige Wert</translation>
    </message>
    <message>
        <source>your {name} {how}</source>
        <translation>das {name} {how}</translation>
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
    <name>CheckProbes</name>
    <message>
        <source>{h}x{w} image</source>
        <translation>{h}x{w}-Bild</translation>
    </message>
    <message>
        <source>{c}x{h}x{w} colour image</source>
        <translation>{c}x{h}x{w}-Farbbild</translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, stride {stride}, pad {pad}, {count} positions)</source>
        <translation>den Daten der Lektion ({image}, Schrittweite {stride}, pad {pad}, {count} Positionen)</translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, {count} positions)</source>
        <translation>den Daten der Lektion ({image}, {count} Positionen)</translation>
    </message>
    <message>
        <source>{c} channels, {h}x{w}</source>
        <translation>{c} Kanäle, {h}x{w}</translation>
    </message>
    <message>
        <source>{n} images x {c} channels, {f} filters, {h}x{w}</source>
        <translation>{n} Bilder x {c} Kanäle, {f} Filter, {h}x{w}</translation>
    </message>
    <message>
        <source>probe {name} ({size}, stride {stride}, pad {pad})</source>
        <translation>Probe {name} ({size}, Schrittweite {stride}, pad {pad})</translation>
    </message>
    <message>
        <source>probe {name} ({size})</source>
        <translation>Probe {name} ({size})</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>running your code…</source>
        <translation>Code läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>loading your file… {seconds} s</source>
        <translation>Datei wird geladen… {seconds} s</translation>
    </message>
    <message>
        <source>done · {seconds} s</source>
        <translation>fertig · {seconds} s</translation>
    </message>
    <message>
        <source>running call {call} of {total} ({what}) · {seconds} s</source>
        <translation>Aufruf {call} von {total} läuft ({what}) · {seconds} s</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Your code failed</source>
        <translation>Der Code ist gescheitert</translation>
    </message>
    <message>
        <source>Your dw and db (lesson&apos;s data)</source>
        <translation>Eigenes dw und db (Daten der Lektion)</translation>
    </message>
    <message>
        <source>True dw and db (sum over every position)</source>
        <translation>Richtiges dw und db (Summe über jede Position)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>Left out to run your file (course modules, data and IPython lines that are not here):</source>
        <translation>Weggelassen, um die Datei auszuführen (Kursmodule, Daten und IPython-Zeilen, die hier fehlen):</translation>
    </message>
    <message>
        <source>Your code ran isolated, in a sandbox.</source>
        <translation>Der Code lief isoliert, in einer Sandbox.</translation>
    </message>
    <message>
        <source>Your code ran without a sandbox ({why}).</source>
        <translation>Der Code lief ohne Sandbox ({why}).</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>Beleg: {evidence}</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>a result was cut off</source>
        <translation>ein Ergebnis wurde abgeschnitten</translation>
    </message>
    <message>
        <source>a record is not JSON</source>
        <translation>ein Datensatz ist kein JSON</translation>
    </message>
    <message>
        <source>a record of an unknown kind</source>
        <translation>ein Datensatz unbekannter Art</translation>
    </message>
    <message>
        <source>field &apos;seconds&apos; is not a number of seconds</source>
        <translation>das Feld &apos;seconds&apos; ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>field {key} is not a whole number from {low} to {high}</source>
        <translation>das Feld {key} ist keine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>field {key} is not text</source>
        <translation>das Feld {key} ist kein Text</translation>
    </message>
    <message>
        <source>field {key} is not a list of text</source>
        <translation>das Feld {key} ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>… {count} more frames</source>
        <translation>… {count} weitere Frames</translation>
    </message>
    <message>
        <source>field &apos;functions&apos; is not a list of text</source>
        <translation>das Feld &apos;functions&apos; ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>an array header is not readable ({error})</source>
        <translation>ein Array-Kopf ist nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>an array is not float64 of at most 4 dimensions</source>
        <translation>ein Array ist nicht float64 mit höchstens 4 Dimensionen</translation>
    </message>
    <message>
        <source>an array has {size} values, more than the {most} this call can give</source>
        <translation>ein Array hat {size} Werte, mehr als die {most}, die dieser Aufruf liefern kann</translation>
    </message>
    <message>
        <source>an array&apos;s data does not match its header</source>
        <translation>die Daten eines Arrays passen nicht zu seinem Kopf</translation>
    </message>
    <message>
        <source>your code sent more data than the results of this check can be</source>
        <translation>der Code hat mehr Daten geschickt, als die Ergebnisse dieser Prüfung sein können</translation>
    </message>
    <message>
        <source>records after the end</source>
        <translation>Datensätze nach dem Ende</translation>
    </message>
    <message>
        <source>two load records</source>
        <translation>zwei Lade-Datensätze</translation>
    </message>
    <message>
        <source>a call before the function was loaded</source>
        <translation>ein Aufruf, bevor die Funktion geladen war</translation>
    </message>
    <message>
        <source>two records of one call</source>
        <translation>zwei Datensätze eines Aufrufs</translation>
    </message>
    <message>
        <source>a call record has an unknown status</source>
        <translation>ein Aufruf-Datensatz hat einen unbekannten Status</translation>
    </message>
    <message>
        <source>a call record&apos;s arrays do not match its status</source>
        <translation>die Arrays eines Aufruf-Datensatzes passen nicht zu seinem Status</translation>
    </message>
    <message>
        <source>its results were not readable: {why}</source>
        <translation>seine Ergebnisse waren nicht lesbar: {why}</translation>
    </message>
    <message>
        <source>its results were not readable</source>
        <translation>seine Ergebnisse waren nicht lesbar</translation>
    </message>
    <message>
        <source>… and {count} more characters, not kept</source>
        <translation>… und {count} weitere Zeichen, nicht behalten</translation>
    </message>
    <message>
        <source>the load record has an unknown status</source>
        <translation>der Lade-Datensatz hat einen unbekannten Status</translation>
    </message>
    <message>
        <source>the load record names a function that was not asked for</source>
        <translation>der Lade-Datensatz nennt eine Funktion, nach der nicht gefragt war</translation>
    </message>
    <message>
        <source>field &apos;skipped&apos; is not a list of records</source>
        <translation>das Feld &apos;skipped&apos; ist keine Liste von Datensätzen</translation>
    </message>
    <message>
        <source>field &apos;module&apos; is not text</source>
        <translation>das Feld &apos;module&apos; ist kein Text</translation>
    </message>
    <message>
        <source>field &apos;parameters&apos; is not a list of text</source>
        <translation>das Feld &apos;parameters&apos; ist keine Liste von Texten</translation>
    </message>
    <message>
        <source>the process was killed by {signal}</source>
        <translation>der Prozess wurde durch {signal} beendet</translation>
    </message>
    <message>
        <source>the process ended early with exit code {code} (os._exit or a crash in native code)</source>
        <translation>der Prozess endete vorzeitig mit Exit-Code {code} (os._exit oder ein Absturz in nativem Code)</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>the checker&apos;s supervisor failed (exit code {code})</source>
        <translation>der Aufseher-Prozess des Prüfers ist gescheitert (Exit-Code {code})</translation>
    </message>
    <message>
        <source>it killed its parent process (the checker&apos;s supervisor)</source>
        <translation>er hat seinen Elternprozess beendet (den Aufseher-Prozess des Prüfers)</translation>
    </message>
</context>
<context>
    <name>CheckSandbox</name>
    <message>
        <source>no sandbox on {platform} (bubblewrap is Linux only)</source>
        <translation>keine Sandbox unter {platform} (bubblewrap gibt es nur für Linux)</translation>
    </message>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap) ist nicht installiert</translation>
    </message>
    <message>
        <source>bwrap did not start ({error})</source>
        <translation>bwrap ist nicht gestartet ({error})</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here ({error})</source>
        <translation>bwrap kann hier keine Sandbox anlegen ({error})</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here</source>
        <translation>bwrap kann hier keine Sandbox anlegen</translation>
    </message>
    <message>
        <source>the sandbox was turned off</source>
        <translation>die Sandbox wurde ausgeschaltet</translation>
    </message>
    <message>
        <source>cannot isolate your code on this machine: {why}</source>
        <translation>der Code kann auf diesem Rechner nicht isoliert werden: {why}</translation>
    </message>
</context>
<context>
    <name>CheckSource</name>
    <message>
        <source>code cell {cell}, line {line}</source>
        <translation>Codezelle {cell}, Zeile {line}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>IPython lines (% and !) were skipped</source>
        <translation>IPython-Zeilen (% und !) wurden übersprungen</translation>
    </message>
    <message>
        <source>{file} is not a notebook (not JSON: {error})</source>
        <translation>{file} ist kein Notebook (kein JSON: {error})</translation>
    </message>
    <message>
        <source>{file} is not a notebook (no cells)</source>
        <translation>{file} ist kein Notebook (keine Zellen)</translation>
    </message>
    <message>
        <source>{file} is not a notebook (its cells cannot be read)</source>
        <translation>{file} ist kein Notebook (seine Zellen sind nicht lesbar)</translation>
    </message>
    <message>
        <source>code cell {cell} ({magic}) is not Python: left out</source>
        <translation>Codezelle {cell} ({magic}) ist kein Python: weggelassen</translation>
    </message>
    <message>
        <source>code cell {cell} is not valid Python: left out</source>
        <translation>Codezelle {cell} ist kein gültiges Python: weggelassen</translation>
    </message>
    <message>
        <source>{file} has no code cells</source>
        <translation>{file} hat keine Codezellen</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>… 1 more line</source>
        <translation>… 1 weitere Zeile</translation>
    </message>
    <message>
        <source>… {count} more lines</source>
        <translation>… {count} weitere Zeilen</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Check My Backprop</source>
        <translation>Mein Backprop prüfen</translation>
    </message>
    <message>
        <source>No file checked yet.</source>
        <translation>Noch keine Datei geprüft.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Run the same file again (after you edited it), on the lesson&apos;s data as it is now</source>
        <translation>Dieselbe Datei noch einmal ausführen (nach dem Bearbeiten), mit den Daten der Lektion, wie sie jetzt sind</translation>
    </message>
    <message>
        <source>Show in Step-Through</source>
        <translation>Im Schritt-für-Schritt zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Check My Backprop: your Python file</source>
        <translation>Mein Backprop prüfen: die Python-Datei</translation>
    </message>
    <message>
        <source>Python files and notebooks (*.py *.ipynb)</source>
        <translation>Python-Dateien und Notebooks (*.py *.ipynb)</translation>
    </message>
    <message>
        <source>Your code runs in a separate process, on probes and on the lesson&apos;s data as it is on screen.</source>
        <translation>Der Code läuft in einem eigenen Prozess, mit Proben und mit den Daten der Lektion, wie sie auf dem Bildschirm sind.</translation>
    </message>
    <message>
        <source>Cancelled: your code was stopped.</source>
        <translation>Abgebrochen: Der Code wurde gestoppt.</translation>
    </message>
    <message>
        <source>Open the step-through after position {count} (the one that explains the bug)</source>
        <translation>Das Schritt-für-Schritt nach Position {count} öffnen (die den Fehler erklärt)</translation>
    </message>
    <message>
        <source>Step-through after position {count}: File &gt; Check My Backprop… shows the check again</source>
        <translation>Schritt-für-Schritt nach Position {count}: Datei &gt; Mein Backprop prüfen… zeigt die Prüfung wieder</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>The gradient buffer keeps only the last contribution: `=` where `+=` was needed, so every earlier position&apos;s contribution is lost.</source>
        <translation>Der Gradientenpuffer behält nur den letzten Beitrag: `=` statt `+=`, daher geht der Beitrag jeder früheren Position verloren.</translation>
    </message>
    <message>
        <source>The gradient is divided by a count (an average): the shared filter&apos;s gradient is the SUM of every position&apos;s contribution (dy already carries the loss&apos;s own scaling).</source>
        <translation>Der Gradient wird durch eine Anzahl geteilt (ein Mittelwert): Der Gradient des geteilten Filters ist die SUMME der Beiträge aller Positionen (dy trägt die Skalierung des Verlusts schon in sich).</translation>
    </message>
    <message>
        <source>Your function keeps state between calls: a buffer is never reset (a mutable default argument such as dw=np.zeros(...), or a global). Create it inside the function, on every call.</source>
        <translation>Die Funktion behält Zustand zwischen Aufrufen: Ein Puffer wird nie zurückgesetzt (ein veränderliches Standardargument wie dw=np.zeros(...) oder eine globale Variable). Ihn innerhalb der Funktion anlegen, bei jedem Aufruf neu.</translation>
    </message>
    <message>
        <source>Your dw is rotated 180°: that pairs w[r, c] with x[i+2-r, j+2-c] (a convolution), but the forward pass is a cross-correlation: w[r, c] multiplies x[i+r, j+c].</source>
        <translation>Das dw ist um 180° gedreht: Damit gehört w[r, c] zu x[i+2-r, j+2-c] (eine Faltung), aber der Vorwärtsdurchlauf ist eine Kreuzkorrelation: w[r, c] multipliziert x[i+r, j+c].</translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: dw[c, r] holds what belongs in dw[r, c].</source>
        <translation>Im dw sind Zeilen und Spalten vertauscht: dw[c, r] enthält, was in dw[r, c] gehört.</translation>
    </message>
    <message>
        <source>The sign is wrong: the gradient has the right size but points the other way.</source>
        <translation>Das Vorzeichen ist falsch: Der Gradient hat die richtige Größe, zeigt aber in die andere Richtung.</translation>
    </message>
    <message>
        <source>db is wrong: db is the sum of δ over every position (and image), one number per filter.</source>
        <translation>db ist falsch: db ist die Summe von δ über jede Position (und jedes Bild), eine Zahl pro Filter.</translation>
    </message>
    <message>
        <source>Some positions are left out or counted twice: a loop bound is off by one (with stride 1 the output has H - k + 1 rows and W - k + 1 columns).</source>
        <translation>Einige Positionen fehlen oder werden doppelt gezählt: Eine Schleifengrenze ist um eins daneben (bei Schrittweite 1 hat die Ausgabe H - k + 1 Zeilen und W - k + 1 Spalten).</translation>
    </message>
    <message>
        <source>dx is assigned (`=`) where it must add (`+=`): windows overlap, so a pixel shared by several positions must collect the input deltas of all of them.</source>
        <translation>dx wird zugewiesen (`=`), wo addiert werden muss (`+=`): Die Fenster überlappen, daher muss ein Pixel, das mehrere Positionen teilen, die Eingabe-Deltas aller dieser Positionen sammeln.</translation>
    </message>
    <message>
        <source>dx uses a turned kernel: position (i, j) adds δ[i, j]·w[r, c] into x[i+r, j+c], with the same unflipped w as the forward pass.</source>
        <translation>dx verwendet einen gedrehten Kernel: Position (i, j) addiert δ[i, j]·w[r, c] in x[i+r, j+c], mit demselben ungedrehten w wie im Vorwärtsdurchlauf.</translation>
    </message>
    <message>
        <source>The stride is not applied: the window of output (i, j) starts at (i·stride, j·stride).</source>
        <translation>Die Schrittweite wird nicht angewendet: Das Fenster der Ausgabe (i, j) beginnt bei (i·stride, j·stride).</translation>
    </message>
    <message>
        <source>This is wrong in a way the checker does not recognise: compare the cells below.</source>
        <translation>Das ist auf eine Art falsch, die der Prüfer nicht kennt: die Zellen unten vergleichen.</translation>
    </message>
    <message>
        <source>Your function returns None where the gradients should be: it is not finished yet (the course&apos;s starting code sets them to None until you compute them).</source>
        <translation>Die Funktion gibt None zurück, wo die Gradienten stehen sollten: Sie ist noch nicht fertig (der Startcode des Kurses setzt sie auf None, bis sie berechnet werden).</translation>
    </message>
    <message>
        <source>An output is all zeros: nothing is ever added into it. Check that the loop that adds each position&apos;s contribution runs, and that it adds into the array you return.</source>
        <translation>Eine Ausgabe ist komplett null: Es wird nie etwas hineinaddiert. Prüfen, ob die Schleife, die den Beitrag jeder Position addiert, überhaupt läuft und in das zurückgegebene Array addiert.</translation>
    </message>
    <message>
        <source>An output comes out the same whatever data your function gets: it does not use its arguments (perhaps test data from elsewhere in your file, or a constant).</source>
        <translation>Eine Ausgabe ist gleich, welche Daten die Funktion auch bekommt: Sie verwendet ihre Argumente nicht (vielleicht Testdaten von anderer Stelle in der Datei oder eine Konstante).</translation>
    </message>
    <message>
        <source>Your code works only on images of the lesson&apos;s size: it fails on the probes&apos; other sizes. A size is written as a number (like 30 or 32), or height and width are swapped. Take every size from the arrays (H, W = x.shape; the output&apos;s from dy or dout), rows with H and columns with W.</source>
        <translation>Der Code funktioniert nur mit Bildern in der Größe der Lektion: Bei den anderen Größen der Proben scheitert er. Eine Größe ist als Zahl geschrieben (etwa 30 oder 32), oder Höhe und Breite sind vertauscht. Jede Größe aus den Arrays nehmen (H, W = x.shape; die der Ausgabe aus dy oder dout), Zeilen mit H und Spalten mit W.</translation>
    </message>
    <message>
        <source>Your code stopped with an error: fix the line shown below.</source>
        <translation>Der Code ist mit einem Fehler abgebrochen: die unten gezeigte Zeile korrigieren.</translation>
    </message>
    <message>
        <source>Your code did not finish in time.</source>
        <translation>Der Code ist nicht rechtzeitig fertig geworden.</translation>
    </message>
    <message>
        <source>Your function returns an array of the wrong shape: see below which one, and the shape it needs.</source>
        <translation>Die Funktion gibt ein Array mit falscher Form zurück: unten steht, welches, und welche Form es braucht.</translation>
    </message>
    <message>
        <source>Your function is not finished: it returns None. Compute the gradients and return them.</source>
        <translation>Die Funktion ist nicht fertig: Sie gibt None zurück. Die Gradienten berechnen und zurückgeben.</translation>
    </message>
    <message>
        <source>Only the last position is kept in your dw: write `+=` instead of `=` where you add into it.</source>
        <translation>Im dw bleibt nur die letzte Position übrig: `+=` statt `=` schreiben, wo hineinaddiert wird.</translation>
    </message>
    <message>
        <source>Only the last position is kept in each pixel of your dx: write `+=` instead of `=` there.</source>
        <translation>In jedem Pixel des dx bleibt nur die letzte Position übrig: dort `+=` statt `=` schreiben.</translation>
    </message>
    <message>
        <source>Your function remembers the previous call: create dw (and db, dx) with np.zeros inside the function, so every call starts from zero.</source>
        <translation>Die Funktion erinnert sich an den vorigen Aufruf: dw (und db, dx) mit np.zeros innerhalb der Funktion anlegen, damit jeder Aufruf bei null beginnt.</translation>
    </message>
    <message>
        <source>Your dw is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation>Das dw wird durch eine Zahl geteilt: die Division entfernen. Der Gradient des geteilten Filters ist die SUMME über alle Positionen.</translation>
    </message>
    <message>
        <source>Your gradient has the wrong sign: add δ × patch, do not subtract it.</source>
        <translation>Der Gradient hat das falsche Vorzeichen: δ × Patch addieren, nicht abziehen.</translation>
    </message>
    <message>
        <source>Your dw is turned upside down and mirrored: pair w[r, c] with x[i + r, j + c], not with x[i + 2 - r, j + 2 - c].</source>
        <translation>Das dw steht auf dem Kopf und ist gespiegelt: w[r, c] mit x[i + r, j + c] paaren, nicht mit x[i + 2 - r, j + 2 - c].</translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: write dw[r, c], not dw[c, r].</source>
        <translation>Im dw sind Zeilen und Spalten vertauscht: dw[r, c] schreiben, nicht dw[c, r].</translation>
    </message>
    <message>
        <source>Your dx uses the kernel turned around: use the same w[r, c] as the forward pass.</source>
        <translation>Das dx verwendet den gedrehten Kernel: dasselbe w[r, c] wie im Vorwärtsdurchlauf verwenden.</translation>
    </message>
    <message>
        <source>Your loops leave out or repeat some positions: loop over every row and column of the output (the shape of dy), no more and no less.</source>
        <translation>Die Schleifen lassen Positionen aus oder wiederholen sie: über jede Zeile und Spalte der Ausgabe laufen (die Form von dy), nicht mehr und nicht weniger.</translation>
    </message>
    <message>
        <source>Your windows ignore the stride: the window of output (i, j) starts at row i·stride, column j·stride.</source>
        <translation>Die Fenster ignorieren die Schrittweite: Das Fenster der Ausgabe (i, j) beginnt in Zeile i·stride, Spalte j·stride.</translation>
    </message>
    <message>
        <source>Your code gets the padding wrong: see below when it fails.</source>
        <translation>Der Code behandelt das Padding falsch: unten steht, wann er scheitert.</translation>
    </message>
    <message>
        <source>Your db is wrong: db is the sum of δ over every position (and every image).</source>
        <translation>Das db ist falsch: db ist die Summe von δ über jede Position (und jedes Bild).</translation>
    </message>
    <message>
        <source>Your gradient is all zeros: nothing is ever added into it.</source>
        <translation>Der Gradient ist komplett null: Es wird nie etwas hineinaddiert.</translation>
    </message>
    <message>
        <source>Your gradient does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation>Der Gradient ändert sich nicht, wenn sich die Daten ändern: ihn aus den Argumenten der Funktion berechnen.</translation>
    </message>
    <message>
        <source>Your code works only on data the size of the lesson&apos;s: take every size from the arrays&apos; shapes (no numbers like 30, no height and width swapped).</source>
        <translation>Der Code funktioniert nur mit Daten in der Größe der Lektion: jede Größe aus den Formen der Arrays nehmen (keine Zahlen wie 30, Höhe und Breite nicht vertauscht).</translation>
    </message>
    <message>
        <source>Your gradient is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation>Der Gradient ist auf eine Art falsch, die der Prüfer nicht kennt: die eigenen Zahlen unten mit den richtigen vergleichen.</translation>
    </message>
    <message>
        <source>Your {name} is all zeros: nothing is ever added into it.</source>
        <translation>Das {name} ist komplett null: Es wird nie etwas hineinaddiert.</translation>
    </message>
    <message>
        <source>Your {name} does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation>Das {name} ändert sich nicht, wenn sich die Daten ändern: es aus den Argumenten der Funktion berechnen.</translation>
    </message>
    <message>
        <source>Your {name} is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation>Das {name} wird durch eine Zahl geteilt: die Division entfernen. Der Gradient des geteilten Filters ist die SUMME über alle Positionen.</translation>
    </message>
    <message>
        <source>Your {name} is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation>Das {name} ist auf eine Art falsch, die der Prüfer nicht kennt: die eigenen Zahlen unten mit den richtigen vergleichen.</translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right dw, db and dx (to 1 part in {parts} of the largest value) on the lesson&apos;s data and on {probes} probes.</source>
        <translation>Richtig: {function} liefert die richtigen dw, db und dx (auf 1 Teil in {parts} des größten Werts genau) mit den Daten der Lektion und mit {probes} Proben.</translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right gradients.</source>
        <translation>Richtig: {function} liefert die richtigen Gradienten.</translation>
    </message>
    <message>
        <source>{headline} (And 1 more problem below.)</source>
        <translation>{headline} (Und 1 weiteres Problem unten.)</translation>
    </message>
    <message>
        <source>{headline} (And {count} more problems below.)</source>
        <translation>{headline} (Und {count} weitere Probleme unten.)</translation>
    </message>
    <message>
        <source>not a regular file: {file}</source>
        <translation>keine reguläre Datei: {file}</translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>Datei nicht gefunden: {file}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): clear its outputs (Edit &gt; Clear All Outputs) and save it</source>
        <translation>{file} hat {size} Bytes (Grenze {limit}): die Ausgaben löschen (Edit &gt; Clear All Outputs) und speichern</translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): a backward pass is a short Python file</source>
        <translation>{file} hat {size} Bytes (Grenze {limit}): ein Rückwärtsdurchlauf ist eine kurze Python-Datei</translation>
    </message>
    <message>
        <source>loading your file</source>
        <translation>Datei wird geladen</translation>
    </message>
    <message>
        <source>the lesson&apos;s data</source>
        <translation>die Daten der Lektion</translation>
    </message>
    <message>
        <source>probe {name}</source>
        <translation>Probe {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME)</source>
        <translation>{file} definiert keine Funktion {names} (gefundene Funktionen: {found}; eine mit --function NAME wählen)</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); module {module} is missing here</source>
        <translation>{file} definiert keine Funktion {names} (gefundene Funktionen: {found}; eine mit --function NAME wählen); das Modul {module} fehlt hier</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); {where} failed: {error}</source>
        <translation>{file} definiert keine Funktion {names} (gefundene Funktionen: {found}; eine mit --function NAME wählen); {where} ist gescheitert: {error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The checker could not use what your code sent back: {why}.</source>
        <translation>Der Prüfer konnte nicht verwenden, was der Code zurückgeschickt hat: {why}.</translation>
    </message>
    <message>
        <source>Your code ended the check: {why}.</source>
        <translation>Der Code hat die Prüfung beendet: {why}.</translation>
    </message>
    <message>
        <source>{where} was skipped: {error}</source>
        <translation>{where} wurde übersprungen: {error}</translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k} across {channels} channels: x is ({channels}, H, W) and w ({channels}, {k}, {k}): code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1], the channels with x[..., r, c] or x[:, r, c]).</source>
        <translation>Der Filter dieser Lektion ist {k}x{k} über {channels} Kanäle: x ist ({channels}, H, W) und w ({channels}, {k}, {k}): Code für den grauen 3x3-Filter muss jede Größe aus den Arrays nehmen (k = w.shape[-1], die Kanäle mit x[..., r, c] oder x[:, r, c]).</translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k}: code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1]).</source>
        <translation>Der Filter dieser Lektion ist {k}x{k}: Code für den grauen 3x3-Filter muss jede Größe aus den Arrays nehmen (k = w.shape[-1]).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>Zeile {line}: {text}</translation>
    </message>
    <message>
        <source>Your file is Python 2: print is a statement there (line {line}), a function in Python 3.</source>
        <translation>Die Datei ist Python 2: print ist dort eine Anweisung (Zeile {line}), in Python 3 eine Funktion.</translation>
    </message>
    <message>
        <source>This is Python 2 code: in Python 3 write print(...) with parentheses.</source>
        <translation>Das ist Python-2-Code: in Python 3 print(...) mit Klammern schreiben.</translation>
    </message>
    <message>
        <source>Your file has a syntax error on line {line}: {error}.</source>
        <translation>Die Datei hat einen Syntaxfehler in Zeile {line}: {error}.</translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded (line {line}): {error}.</source>
        <translation>Die Datei hat beim Laden einen Fehler ausgelöst (Zeile {line}): {error}.</translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded: {error}.</source>
        <translation>Die Datei hat beim Laden einen Fehler ausgelöst: {error}.</translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time (line {line} was running: {code}): a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation>Die Zellen des Notebooks sind nicht rechtzeitig fertig geworden (Zeile {line} lief gerade: {code}): Eine Zelle trainiert oder testet lange oder läuft endlos. Nur die Funktion wird gebraucht: sie in eine .py-Datei legen und diese prüfen, oder mehr Zeit geben (--timeout).</translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time: a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation>Die Zellen des Notebooks sind nicht rechtzeitig fertig geworden: Eine Zelle trainiert oder testet lange oder läuft endlos. Nur die Funktion wird gebraucht: sie in eine .py-Datei legen und diese prüfen, oder mehr Zeit geben (--timeout).</translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long (line {line}): check a .py file with just your function.</source>
        <translation>Eine Zelle des Notebooks läuft zu lange (Zeile {line}): eine .py-Datei nur mit der Funktion prüfen.</translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long: check a .py file with just your function.</source>
        <translation>Eine Zelle des Notebooks läuft zu lange: eine .py-Datei nur mit der Funktion prüfen.</translation>
    </message>
    <message>
        <source>Loading your file did not finish in time (line {line} was running: {code}): code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation>Das Laden der Datei ist nicht rechtzeitig fertig geworden (Zeile {line} lief gerade: {code}): Code auf der obersten Ebene der Datei läuft endlos oder viel zu lange (Tests unter `if __name__ == &apos;__main__&apos;:` stellen).</translation>
    </message>
    <message>
        <source>Loading your file did not finish in time: code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation>Das Laden der Datei ist nicht rechtzeitig fertig geworden: Code auf der obersten Ebene der Datei läuft endlos oder viel zu lange (Tests unter `if __name__ == &apos;__main__&apos;:` stellen).</translation>
    </message>
    <message>
        <source>Your file could not be loaded: {why}.</source>
        <translation>Die Datei konnte nicht geladen werden: {why}.</translation>
    </message>
    <message>
        <source>the checker process failed</source>
        <translation>der Prüfprozess ist gescheitert</translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but it is called as {call}: give it exactly those {count} parameters, in that order.</source>
        <translation>{function} nimmt ({parameters}), wird aber als {call} aufgerufen: genau diese {count} Parameter in dieser Reihenfolge angeben.</translation>
    </message>
    <message>
        <source>the convention: {signature}</source>
        <translation>die Konvention: {signature}</translation>
    </message>
    <message>
        <source>Your function has other parameters than the course&apos;s: write def {call}:</source>
        <translation>Die Funktion hat andere Parameter als im Kurs: def {call}: schreiben</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>Schrittweite {stride}</translation>
    </message>
    <message>
        <source>padding {padding}</source>
        <translation>Padding {padding}</translation>
    </message>
    <message>
        <source>stride {stride} and padding {padding}</source>
        <translation>Schrittweite {stride} und Padding {padding}</translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but this lesson has {layer}: the checker passes them by name, so give it the parameters {wanted} and use them (the windows start stride pixels apart, on x with padding zeros around it).</source>
        <translation>{function} nimmt ({parameters}), aber diese Lektion hat {layer}: Der Prüfer übergibt sie per Name, also die Parameter {wanted} angeben und verwenden (die Fenster beginnen im Abstand der Schrittweite stride, auf x mit padding Nullen ringsum).</translation>
    </message>
    <message>
        <source>the convention: {signature}, plus {wanted} for a lesson that has them</source>
        <translation>die Konvention: {signature}, dazu {wanted} für eine Lektion, die sie hat</translation>
    </message>
    <message>
        <source>This lesson has {layer}: write def {function}(x, w, dy, {wanted}): and use them.</source>
        <translation>Diese Lektion hat {layer}: def {function}(x, w, dy, {wanted}): schreiben und sie verwenden.</translation>
    </message>
    <message>
        <source>Your function returns None (no return statement, or `return` alone): it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation>Die Funktion gibt None zurück (keine return-Anweisung oder nur `return`): Sie ist noch nicht fertig. {names} berechnen und zurückgeben: {signature}.</translation>
    </message>
    <message>
        <source>Your function returns None for {nones}: it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation>Die Funktion gibt None für {nones} zurück: Sie ist noch nicht fertig. {names} berechnen und zurückgeben: {signature}.</translation>
    </message>
    <message>
        <source>first on {probe}</source>
        <translation>zuerst bei {probe}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>your code called sys.exit({code}) (or raised SystemExit)</source>
        <translation>der Code hat sys.exit({code}) aufgerufen (oder SystemExit ausgelöst)</translation>
    </message>
    <message>
        <source>{kind}: your file is nested too deeply for Python to compile</source>
        <translation>{kind}: die Datei ist zu tief verschachtelt, als dass Python sie kompilieren könnte</translation>
    </message>
    <message>
        <source>Your function returned {type}, expected a tuple of {count} arrays (on {probe}).</source>
        <translation>Die Funktion hat {type} zurückgegeben, erwartet war ein Tupel aus {count} Arrays (bei {probe}).</translation>
    </message>
    <message>
        <source>Your function returned {got} values, expected {count} (on {probe}).</source>
        <translation>Die Funktion hat {got} Werte zurückgegeben, erwartet waren {count} (bei {probe}).</translation>
    </message>
    <message>
        <source>Your function&apos;s value {number} of the returned tuple is not numbers ({why}) (on {probe}).</source>
        <translation>Wert {number} des von der Funktion zurückgegebenen Tupels sind keine Zahlen ({why}) (bei {probe}).</translation>
    </message>
    <message>
        <source>Your function {what} (on {probe}).</source>
        <translation>Die Funktion: {what} (bei {probe}).</translation>
    </message>
    <message>
        <source>Your code ended the checker&apos;s process during the call on {probe}: {why}.</source>
        <translation>Der Code hat den Prozess des Prüfers während des Aufrufs bei {probe} beendet: {why}.</translation>
    </message>
    <message>
        <source>Your function is too slow for {probe}: from its speed on the calls before, it would need up to {predicted} s, and it was stopped after {ran} s. Loops over every pixel AND every position grow with the square of the image: loop over the positions and the filter&apos;s cells only, or use NumPy for the inner loops.</source>
        <translation>Die Funktion ist bei {probe} zu langsam: Nach ihrem Tempo bei den vorigen Aufrufen bräuchte sie bis zu {predicted} s und wurde nach {ran} s gestoppt. Schleifen über jedes Pixel UND jede Position wachsen mit dem Quadrat des Bildes: nur über die Positionen und die Zellen des Filters laufen oder NumPy für die inneren Schleifen verwenden.</translation>
    </message>
    <message>
        <source>Your code is correct so far but far too slow for the lesson&apos;s image: see below.</source>
        <translation>Der Code ist bis hierhin richtig, aber viel zu langsam für das Bild der Lektion: siehe unten.</translation>
    </message>
    <message>
        <source>Your function did not finish on {probe} in {ran} s, although its speed on the calls before predicted at most {predicted} s: an endless loop there, or much slower than on the smaller probes.</source>
        <translation>Die Funktion ist bei {probe} in {ran} s nicht fertig geworden, obwohl ihr Tempo bei den vorigen Aufrufen höchstens {predicted} s erwarten ließ: dort eine Endlosschleife oder viel langsamer als bei den kleineren Proben.</translation>
    </message>
    <message>
        <source>Your function did not finish in time on {probe}: an endless loop, or far too slow (loading your file and the probes have a time limit each, 10 s by default: --timeout).</source>
        <translation>Die Funktion ist bei {probe} nicht rechtzeitig fertig geworden: eine Endlosschleife oder viel zu langsam (das Laden der Datei und die Proben haben je ein Zeitlimit, standardmäßig 10 s: --timeout).</translation>
    </message>
    <message>
        <source>{error} (line {line}) on {probe}</source>
        <translation>{error} (Zeile {line}) bei {probe}</translation>
    </message>
    <message>
        <source>{error} on {probe}</source>
        <translation>{error} bei {probe}</translation>
    </message>
    <message>
        <source>Your {function} cannot be called as the course calls it: {error}.</source>
        <translation>{function} lässt sich nicht so aufrufen, wie der Kurs es tut: {error}.</translation>
    </message>
    <message>
        <source>it failed with {error}</source>
        <translation>es scheiterte mit {error}</translation>
    </message>
    <message>
        <source>Your function raised an error (line {line}) on {probe}: {error}.</source>
        <translation>Die Funktion hat einen Fehler ausgelöst (Zeile {line}) bei {probe}: {error}.</translation>
    </message>
    <message>
        <source>Your code stopped with {kind} on line {line}: fix that line (shown below with the error).</source>
        <translation>Der Code ist mit {kind} in Zeile {line} abgebrochen: diese Zeile korrigieren (unten mit dem Fehler gezeigt).</translation>
    </message>
    <message>
        <source>Your function raised an error on {probe}: {error}.</source>
        <translation>Die Funktion hat bei {probe} einen Fehler ausgelöst: {error}.</translation>
    </message>
    <message>
        <source>Your code stopped with {kind}: fix that line (shown below with the error).</source>
        <translation>Der Code ist mit {kind} abgebrochen: diese Zeile korrigieren (unten mit dem Fehler gezeigt).</translation>
    </message>
    <message>
        <source>it failed on {probe}</source>
        <translation>es scheiterte bei {probe}</translation>
    </message>
    <message>
        <source>Your function needs the module {module}, which is not installed here (line {line} imports it; then: {error}). Copy what your function uses from it into your file, or check the file where that code lives.</source>
        <translation>Die Funktion braucht das Modul {module}, das hier nicht installiert ist (Zeile {line} importiert es; dann: {error}). Was die Funktion daraus verwendet, in die Datei kopieren oder die Datei prüfen, in der dieser Code steht.</translation>
    </message>
    <message>
        <source>Your code needs the module {module}, which is missing here: copy what your function uses from {module} into your file.</source>
        <translation>Der Code braucht das Modul {module}, das hier fehlt: was die Funktion aus {module} verwendet, in die Datei kopieren.</translation>
    </message>
    <message>
        <source>A size or an index in your code is a float ({error}). In Python 2, `/` of two whole numbers gave a whole number; in Python 3 it always gives a float (7 / 2 = 3.5), and a float cannot be a size, a range or an index. Use `//` for whole-number division: H_out = 1 + (H + 2 * pad - HH) // stride.</source>
        <translation>Eine Größe oder ein Index im Code ist eine Gleitkommazahl ({error}). In Python 2 ergab `/` zweier ganzer Zahlen eine ganze Zahl; in Python 3 ergibt es immer eine Gleitkommazahl (7 / 2 = 3.5), und die kann keine Größe, kein range und kein Index sein. `//` für ganzzahlige Division verwenden: H_out = 1 + (H + 2 * pad - HH) // stride (stride: die Schrittweite).</translation>
    </message>
    <message>
        <source>A size or index in your code is a float: `/` gives a float in Python 3, use `//` for sizes and indices.</source>
        <translation>Eine Größe oder ein Index im Code ist eine Gleitkommazahl: `/` ergibt in Python 3 eine Gleitkommazahl, `//` für Größen und Indizes verwenden.</translation>
    </message>
    <message>
        <source>Your code is Python 2: {old} does not exist in Python 3, use {new} ({error}).</source>
        <translation>Der Code ist Python 2: {old} gibt es in Python 3 nicht, {new} verwenden ({error}).</translation>
    </message>
    <message>
        <source>This is Python 2 code: write {new} instead of {old}.</source>
        <translation>Das ist Python-2-Code: {new} statt {old} schreiben.</translation>
    </message>
    <message>
        <source>Your function unpacks the cache into {count} values, but the course&apos;s forward pass stores cache = {cache}, 4 values, and that is what is passed ({error}). Unpack those 4; compute anything else you need (like the padded input) again inside the backward pass.</source>
        <translation>Die Funktion entpackt den Cache in {count} Werte, aber der Vorwärtsdurchlauf des Kurses speichert cache = {cache}, 4 Werte, und genau das wird übergeben ({error}). Diese 4 entpacken; alles andere (etwa die mit Padding versehene Eingabe) im Rückwärtsdurchlauf neu berechnen.</translation>
    </message>
    <message>
        <source>Your function expects its own cache of {count} items: the course passes cache = {cache}.</source>
        <translation>Die Funktion erwartet einen eigenen Cache mit {count} Einträgen: Der Kurs übergibt cache = {cache}.</translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>Der Code rechnet nur bei pad = 0 falsch: Ein Slice wie [pad:-pad] ist dann leer (-0 ist 0); das Padding stattdessen mit [pad:pad+H, pad:pad+W] abschneiden.</translation>
    </message>
    <message>
        <source>Your code fails only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>Der Code scheitert nur bei pad = 0: Ein Slice wie [pad:-pad] ist dann leer (-0 ist 0); das Padding stattdessen mit [pad:pad+H, pad:pad+W] abschneiden.</translation>
    </message>
    <message>
        <source>Your code fails when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation>Der Code scheitert bei pad = 0: das Padding mit [pad:pad+H, pad:pad+W] abschneiden, nicht mit [pad:-pad].</translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation>Der Code rechnet nur bei pad &gt; 0 falsch: die Fenster aus dem mit Padding versehenen x (np.pad) nehmen und das Padding am Ende von dx abschneiden.</translation>
    </message>
    <message>
        <source>Your code fails only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation>Der Code scheitert nur bei pad &gt; 0: die Fenster aus dem mit Padding versehenen x (np.pad) nehmen und das Padding am Ende von dx abschneiden.</translation>
    </message>
    <message>
        <source>Your code goes wrong only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation>Der Code rechnet nur bei Schrittweite {stride} falsch: Das Fenster der Ausgabe (i, j) beginnt bei (i·stride, j·stride), und die Ausgabe hat (H + 2·pad - k) // stride + 1 Zeilen.</translation>
    </message>
    <message>
        <source>Your code fails only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation>Der Code scheitert nur bei Schrittweite {stride}: Das Fenster der Ausgabe (i, j) beginnt bei (i·stride, j·stride), und die Ausgabe hat (H + 2·pad - k) // stride + 1 Zeilen.</translation>
    </message>
    <message>
        <source>Your code works only on data shaped like the lesson&apos;s (one image, one channel, one filter, square): it fails on the probes&apos; several images, channels and filters and other heights and widths. A size is written as a number, an index is fixed at 0, or height and width are swapped. Take every size from the arrays (N, C, H, W = x.shape; F = w.shape[0]).</source>
        <translation>Der Code funktioniert nur mit Daten in der Form der Lektion (ein Bild, ein Kanal, ein Filter, quadratisch): Bei den mehreren Bildern, Kanälen und Filtern und anderen Höhen und Breiten der Proben scheitert er. Eine Größe ist als Zahl geschrieben, ein Index ist fest 0, oder Höhe und Breite sind vertauscht. Jede Größe aus den Arrays nehmen (N, C, H, W = x.shape; F = w.shape[0]).</translation>
    </message>
    <message>
        <source>shape {shape}, expected {expected}</source>
        <translation>Form {shape}, erwartet {expected}</translation>
    </message>
    <message>
        <source>Your function returns the gradients in another order: ({theirs}), where {signature} is expected. They are compared in your order here.</source>
        <translation>Die Funktion gibt die Gradienten in anderer Reihenfolge zurück: ({theirs}), erwartet ist {signature}. Hier werden sie in dieser Reihenfolge verglichen.</translation>
    </message>
    <message>
        <source>the shapes you return fit only that order, on every call</source>
        <translation>die zurückgegebenen Formen passen nur zu dieser Reihenfolge, bei jedem Aufruf</translation>
    </message>
    <message>
        <source>Return the gradients in the order the course expects: return {names}.</source>
        <translation>Die Gradienten in der Reihenfolge zurückgeben, die der Kurs erwartet: return {names}.</translation>
    </message>
    <message>
        <source>Your {name} still has the padding border: shape {shape} where {expected} was expected (cut it off: [pad:pad+H, pad:pad+W]).</source>
        <translation>Das {name} hat noch den Padding-Rand: Form {shape}, erwartet war {expected} (abschneiden: [pad:pad+H, pad:pad+W]).</translation>
    </message>
    <message>
        <source>on {probe}</source>
        <translation>bei {probe}</translation>
    </message>
    <message>
        <source>Your dx still has its padding border: cut it off with [pad:pad+H, pad:pad+W].</source>
        <translation>Das dx hat noch seinen Padding-Rand: ihn mit [pad:pad+H, pad:pad+W] abschneiden.</translation>
    </message>
    <message>
        <source>Your {name} is empty when pad = 0 (shape {shape}): a slice like [pad:-pad] is [0:0] then, because -0 is 0, and keeps nothing. Cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>Das {name} ist bei pad = 0 leer (Form {shape}): Ein Slice wie [pad:-pad] ist dann [0:0], weil -0 gleich 0 ist, und behält nichts. Das Padding stattdessen mit [pad:pad+H, pad:pad+W] abschneiden.</translation>
    </message>
    <message>
        <source>Your dx is empty when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation>Das dx ist bei pad = 0 leer: das Padding mit [pad:pad+H, pad:pad+W] abschneiden, nicht mit [pad:-pad].</translation>
    </message>
    <message>
        <source>Your {name} has shape {shape} where {expected} was expected (on {probe}).</source>
        <translation>Das {name} hat die Form {shape}, erwartet war {expected} (bei {probe}).</translation>
    </message>
    <message>
        <source>your {name} on {probe}: {cells}; the closest explanation found: {closest}, still off by {error} of the largest true value</source>
        <translation>das {name} bei {probe}: {cells}; die nächste gefundene Erklärung: {closest}, noch um {error} des größten richtigen Werts daneben</translation>
    </message>
    <message>
        <source>is the true {name}</source>
        <translation>ist das richtige {name}</translation>
    </message>
    <message>
        <source>a second call with new data {stale}; what each call adds {how}</source>
        <translation>ein zweiter Aufruf mit neuen Daten {stale}; was jeder Aufruf hinzufügt, {how}</translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed. For example dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}</source>
        <translation>das dw ist allein der Beitrag von Position {count} (δ[{row},{col}] · der Patch in Zeile {row}, Spalte {col}) bei {probe}: `=` statt `+=`. Zum Beispiel dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}</translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed</source>
        <translation>das dw ist allein der Beitrag von Position {count} (δ[{row},{col}] · der Patch in Zeile {row}, Spalte {col}) bei {probe}: `=` statt `+=`</translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe)</source>
        <translation>das {name} {how} (bei jeder Probe)</translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe; here: {probe})</source>
        <translation>das {name} {how} (bei jeder Probe; hier bei {probe})</translation>
    </message>
    <message>
        <source>{error} (a tiny part)</source>
        <translation>{error} (ein winziger Teil)</translation>
    </message>
    <message>
        <source>yours − true, cell by cell (filter {filter}, channel {channel}: the most wrong) (3 significant digits): {rows}</source>
        <translation>eigene − richtige, Zelle für Zelle (Filter {filter}, Kanal {channel}: der falscheste) (3 signifikante Stellen): {rows}</translation>
    </message>
    <message>
        <source>yours − true, cell by cell (3 significant digits): {rows}</source>
        <translation>eigene − richtige, Zelle für Zelle (3 signifikante Stellen): {rows}</translation>
    </message>
    <message>
        <source>{wrong} of {count} values wrong, off by up to {most}</source>
        <translation>{wrong} von {count} Werten falsch, um bis zu {most} daneben</translation>
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
        <translation>Dense</translation>
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
    <name>Comparison</name>
    <message>
        <source>Learning rate of the untied layer only. Each untied weight is moved by ONE position&apos;s gradient, while the shared weight is moved by the SUM of all P positions&apos; gradients (900 for one 32×32 image), so with the lesson&apos;s learning rate the untied layer would barely move, and it stays stable at rates hundreds of times higher. The default, 10× the lesson&apos;s, is a rule of thumb, not an equivalent rate: it makes the untied filters move visibly without tuning. Whether the untied layer then fits its training image faster or slower than the shared filter depends on this rate and the image (on the default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves.</source>
        <translation>Lernrate nur der ungebundenen Schicht. Jedes ungebundene Gewicht wird vom Gradienten EINER Position bewegt, das geteilte Gewicht dagegen von der SUMME der Gradienten aller P Positionen (900 bei einem 32×32-Bild); mit der Lernrate der Lektion würde sich die ungebundene Schicht daher kaum bewegen, und sie bleibt bei hundertfach höheren Raten stabil. Der Standard, 10× die der Lektion, ist eine Faustregel, keine gleichwertige Rate: Er lässt die ungebundenen Filter ohne Abstimmung sichtbar lernen. Ob die ungebundene Schicht ihr Trainingsbild dann schneller oder langsamer anpasst als der geteilte Filter, hängt von dieser Rate und vom Bild ab (in der Standard-Lektion beginnt sie langsamer und überholt nach etwa 400 Schritten): Vergleiche die beiden Verlustkurven.</translation>
    </message>
    <message>
        <source>Learning rate of the untied layer only. Each untied weight is moved by ONE position&apos;s gradient, while the shared weight is moved by the SUM of all P positions&apos; gradients ({positions} in this lesson; 900 for one 32×32 image with the 3×3 valid filter), so with the lesson&apos;s learning rate the untied layer would barely move, and it stays stable at rates hundreds of times higher. The default, 10× the lesson&apos;s, is a rule of thumb, not an equivalent rate: it makes the untied filters move visibly without tuning. Whether the untied layer then fits its training image faster or slower than the shared filter depends on this rate and the image (on the default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves.</source>
        <translation>Lernrate nur der ungebundenen Schicht. Jedes ungebundene Gewicht wird vom Gradienten EINER Position bewegt, das geteilte Gewicht dagegen von der SUMME der Gradienten aller P Positionen ({positions} in dieser Lektion; 900 bei einem 32×32-Bild mit dem 3×3-Filter, valid); mit der Lernrate der Lektion würde sich die ungebundene Schicht daher kaum bewegen, und sie bleibt bei hundertfach höheren Raten stabil. Der Standard, 10× die der Lektion, ist eine Faustregel, keine gleichwertige Rate: Er lässt die ungebundenen Filter ohne Abstimmung sichtbar lernen. Ob die ungebundene Schicht ihr Trainingsbild dann schneller oder langsamer anpasst als der geteilte Filter, hängt von dieser Rate und vom Bild ab (in der Standard-Lektion beginnt sie langsamer und überholt nach etwa 400 Schritten): Vergleiche die beiden Verlustkurven.</translation>
    </message>
    <message>
        <source>this image, moved {dx} px right and {dy} px down</source>
        <translation>dieses Bild, um {dx} px nach rechts und {dy} px nach unten verschoben</translation>
    </message>
    <message>
        <source>these {n} images, moved {dx} px right and {dy} px down</source>
        <translation>diese {n} Bilder, um {dx} px nach rechts und {dy} px nach unten verschoben</translation>
    </message>
    <message>
        <source>sample: {name}</source>
        <translation>Beispiel: {name}</translation>
    </message>
    <message>
        <source>The shared filter: {message}</source>
        <translation>Der geteilte Filter: {message}</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image; the shared filter learned the kernel itself, so it works on any image.</source>
        <translation>Jeder ungebundene Filter hat nur seinen eigenen Ausschnitt des Trainingsbildes gelernt; der geteilte Filter hat den Kernel selbst gelernt und wirkt daher auf jedem Bild.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images; the shared filter learned the kernel itself, so it works on any image.</source>
        <translation>Jeder ungebundene Filter hat nur die Ausschnitte seiner eigenen Position in den {n} Trainingsbildern gelernt; der geteilte Filter hat den Kernel selbst gelernt und wirkt daher auf jedem Bild.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image. The shared filter has not learned the kernel: this image&apos;s patches do not span all {directions} directions (e.g. stripes, a gradient), so many filters fit it equally well, and one of them that is not the kernel can fail on another image.</source>
        <translation>Jeder ungebundene Filter hat nur seinen eigenen Ausschnitt des Trainingsbildes gelernt. Der geteilte Filter hat den Kernel nicht gelernt: Die Ausschnitte dieses Bildes spannen nicht alle {directions} Richtungen auf (z. B. Streifen, ein Helligkeitsgradient), daher passen viele Filter gleich gut, und einer davon, der nicht der Kernel ist, kann auf einem anderen Bild versagen.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images. The shared filter has not learned the kernel: this image&apos;s patches do not span all {directions} directions (e.g. stripes, a gradient), so many filters fit it equally well, and one of them that is not the kernel can fail on another image.</source>
        <translation>Jeder ungebundene Filter hat nur die Ausschnitte seiner eigenen Position in den {n} Trainingsbildern gelernt. Der geteilte Filter hat den Kernel nicht gelernt: Die Ausschnitte dieses Bildes spannen nicht alle {directions} Richtungen auf (z. B. Streifen, ein Helligkeitsgradient), daher passen viele Filter gleich gut, und einer davon, der nicht der Kernel ist, kann auf einem anderen Bild versagen.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image. The shared filter is not at the kernel yet (largest weight error {error}): train longer.</source>
        <translation>Jeder ungebundene Filter hat nur seinen eigenen Ausschnitt des Trainingsbildes gelernt. Der geteilte Filter ist noch nicht beim Kernel (größter Gewichtsfehler {error}): länger trainieren.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images. The shared filter is not at the kernel yet (largest weight error {error}): train longer.</source>
        <translation>Jeder ungebundene Filter hat nur die Ausschnitte seiner eigenen Position in den {n} Trainingsbildern gelernt. Der geteilte Filter ist noch nicht beim Kernel (größter Gewichtsfehler {error}): länger trainieren.</translation>
    </message>
    <message>
        <source>both ≈ 0, round-off</source>
        <translation>beide ≈ 0, Rundungsfehler</translation>
    </message>
    <message>
        <source>untied {ratio}x worse</source>
        <translation>ungebunden {ratio}x schlechter</translation>
    </message>
    <message>
        <source>shared {ratio}x worse</source>
        <translation>geteilt {ratio}x schlechter</translation>
    </message>
    <message>
        <source>untied exact</source>
        <translation>ungebunden exakt</translation>
    </message>
    <message>
        <source>generalisation on {test} after {steps} steps: shared loss {shared}, untied loss {untied} ({verdict})</source>
        <translation>Generalisierung nach {steps} Schritten, getestet auf {test}: Verlust geteilt {shared}, Verlust ungebunden {untied} ({verdict})</translation>
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
    <name>Conv</name>
    <message>
        <source>&apos;same&apos; padding keeps the image&apos;s size only for an odd filter at stride 1, not with an even {k}x{k} filter; give a number of pixels instead</source>
        <translation>Padding &apos;same&apos; behält die Bildgröße nur bei einem ungeraden Filter mit Schrittweite 1, nicht bei einem geraden {k}x{k}-Filter; stattdessen eine Anzahl Pixel angeben</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding keeps the image&apos;s size only for an odd filter at stride 1, not with stride {stride}; give a number of pixels instead</source>
        <translation>Padding &apos;same&apos; behält die Bildgröße nur bei einem ungeraden Filter mit Schrittweite 1, nicht bei Schrittweite {stride}; stattdessen eine Anzahl Pixel angeben</translation>
    </message>
    <message>
        <source>padding must be valid, same, full or a whole number of pixels, got {value}</source>
        <translation>Padding muss valid, same, full oder eine ganze Zahl von Pixeln sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>padding must be valid, same, full or a whole number of pixels &gt;= 0, got {value}</source>
        <translation>Padding muss valid, same, full oder eine ganze Zahl von Pixeln &gt;= 0 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>the kernel size must be a whole number &gt;= 1, got {value}</source>
        <translation>die Kernelgröße muss eine ganze Zahl &gt;= 1 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>the stride must be a whole number &gt;= 1, got {value}</source>
        <translation>die Schrittweite muss eine ganze Zahl &gt;= 1 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>the padding must be a whole number of pixels &gt;= 0, got {value}</source>
        <translation>das Padding muss eine ganze Zahl von Pixeln &gt;= 0 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>image {w}x{h} is smaller than the {k}x{k} filter (the {wp}x{hp} padded image)</source>
        <translation>Bild {w}x{h} ist kleiner als der {k}x{k}-Filter (das Bild mit Padding ist {wp}x{hp})</translation>
    </message>
    <message>
        <source>image {w}x{h} is smaller than the {k}x{k} filter</source>
        <translation>Bild {w}x{h} ist kleiner als der {k}x{k}-Filter</translation>
    </message>
    <message>
        <source>stride {stride} is larger than the {wp}x{hp} padded image: the filter would move off it after one position</source>
        <translation>Schrittweite {stride} ist größer als das {wp}x{hp}-Bild mit Padding: Der Filter würde es nach einer Position verlassen</translation>
    </message>
    <message>
        <source>stride {stride} is larger than the {wp}x{hp} image: the filter would move off it after one position</source>
        <translation>Schrittweite {stride} ist größer als das {wp}x{hp}-Bild: Der Filter würde es nach einer Position verlassen</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>cnnviz guided tour: one shared 3×3 filter ({name})</source>
        <translation>cnnviz Geführte Tour: ein geteilter 3×3-Filter ({name})</translation>
    </message>
    <message>
        <source>the tour could not start</source>
        <translation>die Tour konnte nicht starten</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: a name starting with &apos;.&apos; would be a hidden folder</source>
        <translation>Foliensatz kann nicht in {path} geschrieben werden: ein Name mit &apos;.&apos; am Anfang wäre ein versteckter Ordner</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: it is a file</source>
        <translation>Foliensatz kann nicht in {path} geschrieben werden: das ist eine Datei</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: the folder holds other files ({names}); choose an empty or new folder</source>
        <translation>Foliensatz kann nicht in {path} geschrieben werden: der Ordner enthält andere Dateien ({names}); einen leeren oder neuen Ordner wählen</translation>
    </message>
    <message>
        <source>Rendering the tour&apos;s chapters…</source>
        <translation>Kapitel der Tour werden gezeichnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export the tour as slides (.pdf; no extension: a folder of PNGs)</source>
        <translation>Tour als Folien exportieren (.pdf; ohne Endung: ein Ordner mit PNGs)</translation>
    </message>
    <message>
        <source>PDF slides (*.pdf);;PNG slides in a folder (*)</source>
        <translation>PDF-Folien (*.pdf);;PNG-Folien in einem Ordner (*)</translation>
    </message>
    <message>
        <source>Slides not exported</source>
        <translation>Folien nicht exportiert</translation>
    </message>
    <message>
        <source>slides not exported: cancelled</source>
        <translation>Folien nicht exportiert: abgebrochen</translation>
    </message>
    <message>
        <source>wrote {count} slides to {path}</source>
        <translation>{count} Folien in {path} geschrieben</translation>
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
    <message>
        <source>The error map δ = ∂L/∂y at every position, with y = w · patch + b: {formula}. Each δ multiplies its patch and is ADDED into the one gradient buffer.</source>
        <translation>Die Fehlerkarte δ = ∂L/∂y an jeder Position, mit y = w · patch + b: {formula}. Jedes δ multipliziert seinen Patch und wird in den einen Gradientenpuffer ADDIERT.</translation>
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
        <translation>Eine Abbildung oder Animation der Lektion exportieren, ohne ein Fenster zu öffnen. Die Lektion wird
zuerst --steps Updates lang trainiert; mit denselben Optionen (und --seed) ist die Datei bei jedem
Lauf dieselbe.

Das Format folgt der Endung von --out DATEI:
  .png   das Fenster, ein Panel oder eine Folie als Bild, mit --scale 1-4 (Zellen bleiben scharf)
  .svg   dasselbe als Vektoren (Text und Rahmen), mit eingebetteten Zellbildern
  .gif   eine Animation: &apos;train&apos; = ein Bild alle --every Updates, --frames Bilder insgesamt;
         &apos;pass&apos; = ein Rückwärtsdurchlauf Position für Position, auf höchstens --frames ausgedünnt
  .mp4   dieselbe Animation als H.264-Video (läuft in PowerPoint, Keynote, Google Slides und
         Browsern; braucht PyAV: pip install &quot;cnnviz[video]&quot;)
  ein Ordner (ohne Endung, z. B. frames/): die Animation als frame_0001.png, frame_0002.png, ...

--panel compare (ein Standbild): der geteilte Filter (10 Parameter bei 3x3 grau; jede Schicht) und
die ungebundene Schicht (ein Filter pro Position, ihre Lernrate 10x --lr), beide vom Start mit dem
Seed aus --steps lang trainiert, dann auf --test-image getestet; beide Fehler werden ausgegeben.
</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{text} is outside {low}..{high}</source>
        <translation>{text} liegt nicht in {low}..{high}</translation>
    </message>
    <message>
        <source>{text} must be 1 or more</source>
        <translation>{text} muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>updates to train before exporting (default 0)</source>
        <translation>Updates, die vor dem Export trainiert werden (Standard 0)</translation>
    </message>
    <message>
        <source>also save the lesson (after training and any animation) to continue it later</source>
        <translation>die Lektion zusätzlich speichern (nach dem Training und einer Animation), um sie später fortzusetzen</translation>
    </message>
    <message>
        <source>the file to write: .png, .svg, .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>die zu schreibende Datei: .png, .svg, .gif, .mp4 oder ein Ordner (ohne Endung) für PNG-Einzelbilder</translation>
    </message>
    <message>
        <source>what to export: window (default), slide, or one panel: {panels}. In animations &apos;window&apos; means the window&apos;s panels (the controls do not move)</source>
        <translation>was exportiert wird: window (Standard), slide oder ein Panel: {panels}. In Animationen bedeutet &apos;window&apos; die Panels des Fensters (die Bedienelemente bewegen sich nicht)</translation>
    </message>
    <message>
        <source>PNG and GIF pixels per screen pixel, 1-4 (default 1); a slide is always 1920x1080</source>
        <translation>PNG- und GIF-Pixel pro Bildschirmpixel, 1-4 (Standard 1); eine Folie ist immer 1920x1080</translation>
    </message>
    <message>
        <source>dark (as on screen, default) or light (white background, for slides and print; the default for --deck)</source>
        <translation>dark (wie auf dem Bildschirm, Standard) oder light (weißer Hintergrund, für Folien und Druck; der Standard für --deck)</translation>
    </message>
    <message>
        <source>show the step-through state after P positions (0..number of positions): the receptive field at position P, the running buffer (changed cells framed) and dx so far. With an animation: a &apos;pass&apos; from 0 to P positions</source>
        <translation>den Schritt-für-Schritt-Zustand nach P Positionen zeigen (0..Anzahl der Positionen): das rezeptive Feld an Position P, den laufenden Puffer (geänderte Zellen umrahmt) und dx bis dahin. Mit einer Animation: ein &apos;pass&apos; von 0 bis P Positionen</translation>
    </message>
    <message>
        <source>the panels on a slide, in order (default {panels})</source>
        <translation>die Panels einer Folie, in dieser Reihenfolge (Standard {panels})</translation>
    </message>
    <message>
        <source>the slide&apos;s title (default: what the filter learns)</source>
        <translation>der Titel der Folie (Standard: was der Filter lernt)</translation>
    </message>
    <message>
        <source>--panel compare: the generalisation test image, &apos;shifted&apos; (the image moved 3 px, default) or a bundled sample&apos;s name</source>
        <translation>--panel compare: das Testbild der Generalisierung, &apos;shifted&apos; (das Bild um 3 px verschoben, Standard) oder der Name eines mitgelieferten Beispiels</translation>
    </message>
    <message>
        <source>the guided tour as slides</source>
        <translation>die geführte Tour als Folien</translation>
    </message>
    <message>
        <source>export the tour: --out FILE.pdf (16:9, one page per chapter, its text selectable) or --out FOLDER/ (one 1920x1080 PNG per chapter)</source>
        <translation>die Tour exportieren: --out DATEI.pdf (16:9, eine Seite pro Kapitel, Text auswählbar) oder --out ORDNER/ (ein 1920x1080-PNG pro Kapitel)</translation>
    </message>
    <message>
        <source>--deck: a tour script of your own (TOML)</source>
        <translation>--deck: ein eigenes Tour-Skript (TOML)</translation>
    </message>
    <message>
        <source>animations (.gif, .mp4 or a folder)</source>
        <translation>Animationen (.gif, .mp4 oder ein Ordner)</translation>
    </message>
    <message>
        <source>train: frames of training; pass: one backward pass position by position (default: pass with --position, else train)</source>
        <translation>train: Bilder des Trainings; pass: ein Rückwärtsdurchlauf Position für Position (Standard: pass mit --position, sonst train)</translation>
    </message>
    <message>
        <source>number of frames, 1..{max} (default 50); &apos;pass&apos; uses at most N</source>
        <translation>Anzahl der Bilder, 1..{max} (Standard 50); &apos;pass&apos; verwendet höchstens N</translation>
    </message>
    <message>
        <source>updates between frames in &apos;train&apos; mode (default 10)</source>
        <translation>Updates zwischen zwei Bildern im Modus &apos;train&apos; (Standard 10)</translation>
    </message>
    <message>
        <source>how long each frame shows, in milliseconds (default 100; the MP4&apos;s frame rate is 1000/MS)</source>
        <translation>wie lange jedes Bild zu sehen ist, in Millisekunden (Standard 100; die Bildrate des MP4 ist 1000/MS)</translation>
    </message>
    <message>
        <source>cannot export to {path}: use .png, .svg, .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>kann nicht nach {path} exportieren: .png, .svg, .gif, .mp4 oder einen Ordner (ohne Endung) für PNG-Einzelbilder verwenden</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {choices}</source>
        <translation>unbekanntes Panel {name}; eines von {choices} wählen</translation>
    </message>
    <message>
        <source>--scale applies to PNG and GIF; SVG is vector</source>
        <translation>--scale gilt für PNG und GIF; SVG ist vektoriell</translation>
    </message>
    <message>
        <source>--scale does not apply to a slide: it is always 1920x1080</source>
        <translation>--scale gilt nicht für eine Folie: Sie ist immer 1920x1080</translation>
    </message>
    <message>
        <source>unknown slide panel {names}; choose from {choices}</source>
        <translation>unbekanntes Folien-Panel {names}; aus {choices} wählen</translation>
    </message>
    <message>
        <source>unknown slide panel (none given); choose from {choices}</source>
        <translation>unbekanntes Folien-Panel (keines angegeben); aus {choices} wählen</translation>
    </message>
    <message>
        <source>--slide-panels and --title apply to --panel slide</source>
        <translation>--slide-panels und --title gelten für --panel slide</translation>
    </message>
    <message>
        <source>--panel compare exports a still: use .png or .svg</source>
        <translation>--panel compare exportiert ein Standbild: .png oder .svg verwenden</translation>
    </message>
    <message>
        <source>--position does not apply to --panel compare</source>
        <translation>--position gilt nicht für --panel compare</translation>
    </message>
    <message>
        <source>--test-image applies to --panel compare</source>
        <translation>--test-image gilt für --panel compare</translation>
    </message>
    <message>
        <source>{option} applies to animations (.gif, .mp4 or a folder)</source>
        <translation>{option} gilt für Animationen (.gif, .mp4 oder ein Ordner)</translation>
    </message>
    <message>
        <source>--position applies to stills and to --gif-mode pass</source>
        <translation>--position gilt für Standbilder und für --gif-mode pass</translation>
    </message>
    <message>
        <source>--every applies to --gif-mode train</source>
        <translation>--every gilt für --gif-mode train</translation>
    </message>
    <message>
        <source>--tour applies to --deck</source>
        <translation>--tour gilt für --deck</translation>
    </message>
    <message>
        <source>cannot export the deck to {path}: use .pdf, or a folder (no extension) for PNGs</source>
        <translation>kann die Folien nicht nach {path} exportieren: .pdf oder einen Ordner (ohne Endung) für PNGs verwenden</translation>
    </message>
    <message>
        <source>{option} does not apply to --deck (each chapter sets its own state)</source>
        <translation>{option} gilt nicht für --deck (jedes Kapitel legt seinen eigenen Zustand fest)</translation>
    </message>
    <message>
        <source>cnnviz export: warning: {message}</source>
        <translation>cnnviz export: Warnung: {message}</translation>
    </message>
    <message>
        <source>--position {position} is outside 0..{positions} (the number of positions)</source>
        <translation>--position {position} liegt nicht in 0..{positions} (der Anzahl der Positionen)</translation>
    </message>
    <message>
        <source>cnnviz export: error: {message}</source>
        <translation>cnnviz export: Fehler: {message}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>saved {path} at step {step}</source>
        <translation>{path} bei Schritt {step} gespeichert</translation>
    </message>
    <message>
        <source>cnnviz export: trained {done} of {steps} steps ({percent}; about {seconds} s to go)</source>
        <translation>cnnviz export: {done} von {steps} Schritten trainiert ({percent}; noch etwa {seconds} s)</translation>
    </message>
    <message>
        <source>unknown --test-image {name}; choose {shifted} or one of {choices}</source>
        <translation>unbekanntes --test-image {name}; {shifted} oder eines von {choices} wählen</translation>
    </message>
    <message>
        <source>cnnviz: shared vs untied, what weight sharing buys</source>
        <translation>cnnviz: geteilt vs. ungebunden, was das Teilen der Gewichte bringt</translation>
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
    <name>Images</name>
    <message>
        <source>size must be a whole number or &quot;native&quot;, got {text}</source>
        <translation>Größe muss eine ganze Zahl oder &quot;native&quot; sein, erhalten: {text}</translation>
    </message>
    <message>
        <source>size must be from 3 to {max} pixels, got {value}</source>
        <translation>Größe muss zwischen 3 und {max} Pixeln liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} filter</source>
        <translation>Bild ist {w}x{h} Pixel groß; für einen {k}x{k}-Filter muss es mindestens {k}x{k} sein</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} filter</source>
        <translation>{path}: Bild ist {w}x{h} Pixel groß; für einen {k}x{k}-Filter muss es mindestens {k}x{k} sein</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels, more than the limit of {limit} pixels; shrink it first</source>
        <translation>{path}: Bild ist {w}x{h} Pixel groß, mehr als die Grenze von {limit} Pixeln; bitte zuerst verkleinern</translation>
    </message>
    <message>
        <source>{path}: not a supported image ({formats})</source>
        <translation>{path}: kein unterstütztes Bild ({formats})</translation>
    </message>
    <message>
        <source>{path}: image is too large to decode safely (limit {limit} pixels)</source>
        <translation>{path}: Bild ist zu groß, um es sicher zu decodieren (Grenze {limit} Pixel)</translation>
    </message>
    <message>
        <source>{path}: not enough memory to decode this image</source>
        <translation>{path}: nicht genug Speicher, um dieses Bild zu decodieren</translation>
    </message>
    <message>
        <source>{path}: cannot read file ({reason})</source>
        <translation>{path}: Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{path}: damaged or truncated image ({reason})</source>
        <translation>{path}: beschädigtes oder abgeschnittenes Bild ({reason})</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; it must be at least 3x3 for a 3x3 filter</source>
        <translation>{path}: Bild ist {w}x{h} Pixel groß; für einen 3x3-Filter muss es mindestens 3x3 sein</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; fitted within {cap}x{cap} it would be {out_w}x{out_h}, smaller than the 3x3 filter; choose a size such as {size} instead of &quot;native&quot;</source>
        <translation>{path}: Bild ist {w}x{h} Pixel groß; in {cap}x{cap} eingepasst wäre es {out_w}x{out_h}, kleiner als der 3x3-Filter; eine Größe wie {size} statt &quot;native&quot; wählen</translation>
    </message>
    <message>
        <source>{path}: float image contains NaN or infinite values</source>
        <translation>{path}: Gleitkommabild enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an image file</source>
        <translation>{path}: ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>{path}: not a regular file</source>
        <translation>{path}: keine reguläre Datei</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: die Datei ist leer</translation>
    </message>
    <message>
        <source>{path}: symlink loop</source>
        <translation>{path}: Symlink-Schleife</translation>
    </message>
    <message>
        <source>{path}: cannot read folder ({reason})</source>
        <translation>{path}: Ordner kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{w}x{h} image</source>
        <translation>{w}x{h}-Bild</translation>
    </message>
    <message>
        <source>{source} at its own size</source>
        <translation>{source} in Originalgröße</translation>
    </message>
    <message>
        <source>{source}, downscaled to {w}x{h}</source>
        <translation>{source}, verkleinert auf {w}x{h}</translation>
    </message>
    <message>
        <source>{source}, used as is</source>
        <translation>{source}, unverändert verwendet</translation>
    </message>
    <message>
        <source>{source}, resampled to {size}x{size}</source>
        <translation>{source}, skaliert auf {size}x{size}</translation>
    </message>
    <message>
        <source>{source}, centre {m}x{m} square resampled to {size}x{size}</source>
        <translation>{source}, mittleres {m}x{m}-Quadrat skaliert auf {size}x{size}</translation>
    </message>
    <message>
        <source>{w}x{h} sample &apos;{name}&apos;</source>
        <translation>{w}x{h}-Beispiel &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{w}x{h} image ({name})</source>
        <translation>{w}x{h}-Bild ({name})</translation>
    </message>
    <message>
        <source>batch of {n} images from {folder}; the first: {first}</source>
        <translation>Batch aus {n} Bildern aus {folder}; das erste: {first}</translation>
    </message>
    <message>
        <source>{w}x{h} photo</source>
        <translation>{w}x{h}-Foto</translation>
    </message>
    <message>
        <source>{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of {limit} MiB of pixels; use --size {fits} or smaller</source>
        <translation>{path}: {n} Bilder von bis zu {w}x{h} brauchen {need} MiB, mehr als die Grenze von {limit} MiB an Pixeln; --size {fits} oder kleiner verwenden</translation>
    </message>
    <message>
        <source>{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of {limit} MiB of pixels; use fewer images</source>
        <translation>{path}: {n} Bilder von bis zu {w}x{h} brauchen {need} MiB, mehr als die Grenze von {limit} MiB an Pixeln; weniger Bilder verwenden</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: is a file, not a folder</source>
        <translation>{path}: ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>{path}: folder has no images (looked for {extensions})</source>
        <translation>{path}: Ordner enthält keine Bilder (gesucht: {extensions})</translation>
    </message>
    <message>
        <source>{path}: folder has {n} images; a batch can hold at most {max}</source>
        <translation>{path}: Ordner enthält {n} Bilder; ein Batch fasst höchstens {max}</translation>
    </message>
    <message>
        <source>{path}: images differ in size ({first} is {w1}x{h1}, {other} is {w2}x{h2}); choose a size such as {size} instead of &quot;native&quot;</source>
        <translation>{path}: Bilder sind unterschiedlich groß ({first} ist {w1}x{h1}, {other} ist {w2}x{h2}); eine Größe wie {size} statt &quot;native&quot; wählen</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>{path}: bundled samples are missing or broken ({reason}); reinstall cnnviz</source>
        <translation>{path}: die mitgelieferten Beispiele fehlen oder sind beschädigt ({reason}); cnnviz neu installieren</translation>
    </message>
    <message>
        <source>unknown sample {name}; choose one of: {names}</source>
        <translation>unbekanntes Beispiel {name}; eines davon wählen: {names}</translation>
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
    <name>Kernels</name>
    <message>
        <source>vertical edges (brightness changing left to right)</source>
        <translation>senkrechte Kanten (Helligkeit ändert sich von links nach rechts)</translation>
    </message>
    <message>
        <source>horizontal edges (brightness changing top to bottom)</source>
        <translation>waagrechte Kanten (Helligkeit ändert sich von oben nach unten)</translation>
    </message>
    <message>
        <source>spots and outlines (second derivative in both directions)</source>
        <translation>Punkte und Umrisse (zweite Ableitung in beide Richtungen)</translation>
    </message>
    <message>
        <source>average of the 3x3 neighbourhood</source>
        <translation>Mittelwert der 3x3-Nachbarschaft</translation>
    </message>
    <message>
        <source>boosts the centre against its four neighbours</source>
        <translation>hebt die Mitte gegenüber ihren vier Nachbarn hervor</translation>
    </message>
    <message>
        <source>copies the centre pixel</source>
        <translation>kopiert das mittlere Pixel</translation>
    </message>
    <message>
        <source>kernel text is empty; type {k} rows separated by &apos;;&apos;, e.g. {example}</source>
        <translation>Kernel-Text ist leer; {k} Zeilen getrennt durch &apos;;&apos; eingeben, z. B. {example}</translation>
    </message>
    <message>
        <source>kernel row {row}: {text} is not a number</source>
        <translation>Kernel-Zeile {row}: {text} ist keine Zahl</translation>
    </message>
    <message>
        <source>kernel row {row}: values must be finite numbers (no nan or inf)</source>
        <translation>Kernel-Zeile {row}: Werte müssen endliche Zahlen sein (kein nan oder inf)</translation>
    </message>
    <message>
        <source>kernel row {row}: values must be between -{limit} and {limit}</source>
        <translation>Kernel-Zeile {row}: Werte müssen zwischen -{limit} und {limit} liegen</translation>
    </message>
    <message>
        <source>a {m}x{m} kernel does not fit the {k}x{k} filter; type {k} rows of {k} numbers</source>
        <translation>ein {m}x{m}-Kernel passt nicht zum {k}x{k}-Filter; {k} Zeilen mit je {k} Zahlen eingeben</translation>
    </message>
    <message>
        <source>kernel must be {k} rows of {k} numbers (got rows of {shape}), e.g. {example}</source>
        <translation>Kernel muss {k} Zeilen mit je {k} Zahlen haben (erhalten: Zeilen mit {shape}), z. B. {example}</translation>
    </message>
    <message>
        <source>kernel must be 3 rows of 3 numbers, or k rows of k for a k x k filter (k up to {max}) (got rows of {shape}), e.g. {example}</source>
        <translation>Kernel muss 3 Zeilen mit je 3 Zahlen haben, oder k Zeilen mit je k für einen k x k-Filter (k bis {max}) (erhalten: Zeilen mit {shape}), z. B. {example}</translation>
    </message>
    <message>
        <source>the named kernels are 3x3; for a {k}x{k} filter type the target as {k} rows of {k} numbers separated by &apos;;&apos;</source>
        <translation>die benannten Kernel sind 3x3; für einen {k}x{k}-Filter das Ziel als {k} Zeilen mit je {k} Zahlen, getrennt durch &apos;;&apos;, eingeben</translation>
    </message>
    <message>
        <source>unknown kernel {spec}; use one of {names} or type 3 rows like 1,0,-1;2,0,-2;1,0,-1</source>
        <translation>unbekannter Kernel {spec}; einen von {names} verwenden oder 3 Zeilen wie 1,0,-1;2,0,-2;1,0,-1 eingeben</translation>
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
        <source>buttons, settings, panels; arrows in a panel read a cell</source>
        <translation>Schaltflächen, Einstellungen, Panels; Pfeiltasten in einem Panel lesen eine Zelle</translation>
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
    <name>LessonConfig</name>
    <message>
        <source>{shape} filter, stride {stride}, padding {padding} ({name})</source>
        <translation>{shape}-Filter, Schrittweite {stride}, Padding {padding} ({name})</translation>
    </message>
    <message>
        <source>{shape} filter, stride {stride}, padding {padding}</source>
        <translation>{shape}-Filter, Schrittweite {stride}, Padding {padding}</translation>
    </message>
    <message>
        <source>{who} shows the 3x3 grey filter (valid, stride 1) only, for now; this lesson has a {layer}: train it with `cnnviz train`</source>
        <translation>{who} zeigt vorerst nur den 3x3-Graustufenfilter (valid, Schrittweite 1); diese Lektion hat einen {layer}: mit `cnnviz train` trainieren</translation>
    </message>
    <message>
        <source>{name} must be text, got {value}</source>
        <translation>{name} muss Text sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} muss eine Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>seed muss eine nicht negative ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} muss eine ganze Zahl von {low} bis {high} sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number {low} or more, got {value}</source>
        <translation>{name} muss eine ganze Zahl ab {low} sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>color must be true or false, got {value}</source>
        <translation>color muss true oder false sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>padding {padding} is more than &apos;full&apos; ({full} for a {k}x{k} filter): the outermost positions would see only zeros</source>
        <translation>Padding {padding} ist mehr als &apos;full&apos; ({full} bei einem {k}x{k}-Filter): Die äußersten Positionen sähen nur Nullen</translation>
    </message>
    <message>
        <source>learning rate must be a positive finite number, got {value}</source>
        <translation>die Lernrate muss eine positive endliche Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>unknown optimizer {value}; choose one of {choices}</source>
        <translation>unbekannter Optimierer {value}; einen von {choices} wählen</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1), got {value}</source>
        <translation>momentum muss in [0, 1) liegen, erhalten: {value}</translation>
    </message>
    <message>
        <source>unknown reduction {value}; choose one of {choices}</source>
        <translation>unbekannte Reduktion {value}; eine von {choices} wählen</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to 2**64-1, got {value}</source>
        <translation>seed muss eine ganze Zahl von 0 bis 2**64-1 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>init_scale must be a non-negative finite number, got {value}</source>
        <translation>init_scale muss eine nicht negative endliche Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>colour images must be (3, H, W) or (N, 3, H, W), got {shape}</source>
        <translation>Farbbilder müssen (3, H, W) oder (N, 3, H, W) sein, erhalten: {shape}</translation>
    </message>
    <message>
        <source>images must be (H, W) or (N, H, W) with H, W &gt;= {k}, got {shape}</source>
        <translation>Bilder müssen (H, W) oder (N, H, W) mit H, W &gt;= {k} sein, erhalten: {shape}</translation>
    </message>
    <message>
        <source>images contain non-finite values</source>
        <translation>Bilder enthalten nicht endliche Werte</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} of the untied layer on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.</source>
        <translation>Versuche eine Lernrate von {lr} oder kleiner: Abstieg mit Momentum μ = {mu} der ungebundenen Schicht divergiert auf diesen Bildern ab lr = 2(1 + μ)/λmax = {limit}.</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.</source>
        <translation>Versuche eine Lernrate von {lr} oder kleiner: Abstieg mit Momentum μ = {mu} divergiert auf diesen Bildern ab lr = 2(1 + μ)/λmax = {limit}.</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: plain descent of the untied layer on these images diverges from lr = 2/λmax = {limit} on.</source>
        <translation>Versuche eine Lernrate von {lr} oder kleiner: Einfacher Abstieg der ungebundenen Schicht divergiert auf diesen Bildern ab lr = 2/λmax = {limit}.</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: plain descent on these images diverges from lr = 2/λmax = {limit} on.</source>
        <translation>Versuche eine Lernrate von {lr} oder kleiner: Einfacher Abstieg divergiert auf diesen Bildern ab lr = 2/λmax = {limit}.</translation>
    </message>
    <message>
        <source>{name} cannot change during a lesson; start a new lesson with it</source>
        <translation>{name} kann sich während einer Lektion nicht ändern; eine neue Lektion damit beginnen</translation>
    </message>
    <message>
        <source>the target map is not finite: the kernel&apos;s values are too large</source>
        <translation>die Zielkarte ist nicht endlich: Die Werte des Kernels sind zu groß</translation>
    </message>
    <message>
        <source>the loss overflowed</source>
        <translation>der Verlust ist übergelaufen</translation>
    </message>
    <message>
        <source>training diverged after step {step}: {what} with learning rate {lr}; the last finite weights are kept. {advice}</source>
        <translation>Training divergierte nach Schritt {step}: {what} bei Lernrate {lr}; die letzten endlichen Gewichte bleiben erhalten. {advice}</translation>
    </message>
    <message>
        <source>saved parameters must be {n} finite numbers</source>
        <translation>gespeicherte Parameter müssen {n} endliche Zahlen sein</translation>
    </message>
    <message>
        <source>step count must be non-negative, got {value}</source>
        <translation>die Schrittzahl darf nicht negativ sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>optimizer {name} needs state {needed}, got {given}</source>
        <translation>Optimierer {name} braucht den Zustand {needed}, erhalten: {given}</translation>
    </message>
    <message>
        <source>optimizer state {name} must be {n} finite numbers</source>
        <translation>Optimierer-Zustand {name} muss aus {n} endlichen Zahlen bestehen</translation>
    </message>
    <message>
        <source>history steps must be below the step count</source>
        <translation>die Schritte im Verlauf müssen unter der Schrittzahl liegen</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>cannot save lesson to {path}: {reason}</source>
        <translation>Lektion kann nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>cannot open lesson {path}: {reason}</source>
        <translation>Lektion {path} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is damaged ({reason})</source>
        <translation>die Datei ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>cannot restore lesson: {reason}</source>
        <translation>Lektion kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot restore lesson: its weights (up to {peak}) make the loss overflow</source>
        <translation>Lektion kann nicht wiederhergestellt werden: Ihre Gewichte (bis {peak}) lassen den Verlust überlaufen</translation>
    </message>
    <message>
        <source>image_label must be text, got {type}</source>
        <translation>image_label muss Text sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>extra must be a dict, got {type}</source>
        <translation>extra muss ein dict sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>trainer state {names} has no place in format version {version}</source>
        <translation>Trainerzustand {names} hat keinen Platz in Formatversion {version}</translation>
    </message>
    <message>
        <source>trainer state lacks {names}</source>
        <translation>dem Trainerzustand fehlt {names}</translation>
    </message>
    <message>
        <source>array {name} has dtype {dtype}, expected numbers</source>
        <translation>Array {name} hat dtype {dtype}, erwartet: Zahlen</translation>
    </message>
    <message>
        <source>extra must hold only JSON values (finite numbers, text, lists, dicts): {reason}</source>
        <translation>extra darf nur JSON-Werte enthalten (endliche Zahlen, Text, Listen, dicts): {reason}</translation>
    </message>
    <message>
        <source>the header would be {size} bytes, more than {max}</source>
        <translation>der Header wäre {size} Bytes groß, mehr als {max}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than a lesson can be ({max})</source>
        <translation>die Datei hat {size} Bytes, mehr als eine Lektion haben kann ({max})</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (a single NumPy array, not an .npz archive)</source>
        <translation>keine cnnviz-Lektion (ein einzelnes NumPy-Array, kein .npz-Archiv)</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not a NumPy .npz archive)</source>
        <translation>keine cnnviz-Lektion (kein NumPy-.npz-Archiv)</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not a NumPy .npz archive: {reason})</source>
        <translation>keine cnnviz-Lektion (kein NumPy-.npz-Archiv: {reason})</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not an .npz archive)</source>
        <translation>keine cnnviz-Lektion (kein .npz-Archiv)</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (no {member} member)</source>
        <translation>keine cnnviz-Lektion (kein Eintrag {member})</translation>
    </message>
    <message>
        <source>missing array member {member}.npy</source>
        <translation>fehlender Array-Eintrag {member}.npy</translation>
    </message>
    <message>
        <source>unknown member {member}.npy</source>
        <translation>unbekannter Eintrag {member}.npy</translation>
    </message>
    <message>
        <source>{name}.npy has shape {shape} but the header says {declared}</source>
        <translation>{name}.npy hat die Form {shape}, aber der Header sagt {declared}</translation>
    </message>
    <message>
        <source>the archive has {n} members, more than a lesson has</source>
        <translation>das Archiv hat {n} Einträge, mehr als eine Lektion hat</translation>
    </message>
    <message>
        <source>unexpected member {member} (a lesson holds only .npy arrays)</source>
        <translation>unerwarteter Eintrag {member} (eine Lektion enthält nur .npy-Arrays)</translation>
    </message>
    <message>
        <source>the member {member} appears twice</source>
        <translation>der Eintrag {member} kommt zweimal vor</translation>
    </message>
    <message>
        <source>member {name} declares {size} bytes uncompressed, more than the limit of {max}</source>
        <translation>Eintrag {name} gibt {size} Bytes unkomprimiert an, mehr als die Grenze von {max}</translation>
    </message>
    <message>
        <source>the members declare {total} bytes uncompressed, more than the limit of {max}</source>
        <translation>die Einträge geben {total} Bytes unkomprimiert an, mehr als die Grenze von {max}</translation>
    </message>
    <message>
        <source>member {name} uses .npy format version {version}, which cnnviz does not read</source>
        <translation>Eintrag {name} verwendet .npy-Formatversion {version}, die cnnviz nicht liest</translation>
    </message>
    <message>
        <source>member {name} holds pickled Python objects, which cnnviz never loads</source>
        <translation>Eintrag {name} enthält gepickelte Python-Objekte, die cnnviz nie lädt</translation>
    </message>
    <message>
        <source>member {name} holds Python objects</source>
        <translation>Eintrag {name} enthält Python-Objekte</translation>
    </message>
    <message>
        <source>member {name} has dtype {dtype}, expected {expected}</source>
        <translation>Eintrag {name} hat dtype {dtype}, erwartet: {expected}</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes but its shape {shape} needs {expected}</source>
        <translation>Eintrag {name} hat {size} Bytes, aber seine Form {shape} braucht {expected}</translation>
    </message>
    <message>
        <source>member {name} did not read back as declared</source>
        <translation>Eintrag {name} ließ sich nicht wie angegeben zurücklesen</translation>
    </message>
    <message>
        <source>the header has shape {shape}, expected up to {max} bytes</source>
        <translation>der Header hat die Form {shape}, erwartet: bis zu {max} Bytes</translation>
    </message>
    <message>
        <source>colour images must have shape (N, 3, H, W), got {shape}</source>
        <translation>Farbbilder müssen die Form (N, 3, H, W) haben, erhalten: {shape}</translation>
    </message>
    <message>
        <source>images must have shape (N, H, W), got {shape}</source>
        <translation>Bilder müssen die Form (N, H, W) haben, erhalten: {shape}</translation>
    </message>
    <message>
        <source>a lesson holds 1 to {max} images, got {n}</source>
        <translation>eine Lektion enthält 1 bis {max} Bilder, erhalten: {n}</translation>
    </message>
    <message>
        <source>images must be {low} to {high} pixels a side, got {h}x{w}</source>
        <translation>Bilder müssen {low} bis {high} Pixel pro Seite haben, erhalten: {h}x{w}</translation>
    </message>
    <message>
        <source>{n} images of {h}x{w} exceed the limit of {limit} MiB of pixels</source>
        <translation>{n} Bilder mit {h}x{w} überschreiten die Grenze von {limit} MiB an Pixeln</translation>
    </message>
    <message>
        <source>expected shape {expected}, got {shape}</source>
        <translation>erwartet: Form {expected}, erhalten: {shape}</translation>
    </message>
    <message>
        <source>expected a 1-D array, got shape {shape}</source>
        <translation>erwartet: ein 1-D-Array, erhalten: Form {shape}</translation>
    </message>
    <message>
        <source>expected shape (n, {num_params}), got {shape}</source>
        <translation>erwartet: Form (n, {num_params}), erhalten: {shape}</translation>
    </message>
    <message>
        <source>the header is not valid JSON ({reason})</source>
        <translation>der Header ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>the header must be a JSON object, got {type}</source>
        <translation>der Header muss ein JSON-Objekt sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (format {format}, expected {expected})</source>
        <translation>keine cnnviz-Lektion (Format {format}, erwartet {expected})</translation>
    </message>
    <message>
        <source>the format version must be an integer, got {version}</source>
        <translation>die Formatversion muss eine ganze Zahl sein, erhalten: {version}</translation>
    </message>
    <message>
        <source>made by a newer cnnviz (lesson format version {version}); this cnnviz reads version {readable}</source>
        <translation>von einem neueren cnnviz erstellt (Lektionsformat Version {version}); dieses cnnviz liest Version {readable}</translation>
    </message>
    <message>
        <source>unsupported lesson format version {version}; this cnnviz reads versions 1 to {readable}</source>
        <translation>nicht unterstützte Version {version} des Lektionsformats; dieses cnnviz liest die Versionen 1 bis {readable}</translation>
    </message>
    <message>
        <source>the header lacks {names}</source>
        <translation>dem Header fehlt {names}</translation>
    </message>
    <message>
        <source>the header has unknown key {setting}</source>
        <translation>der Header hat den unbekannten Schlüssel {setting}</translation>
    </message>
    <message>
        <source>{key} must be an integer from {lo} to {hi_text}, got {value}</source>
        <translation>{key} muss eine ganze Zahl von {lo} bis {hi_text} sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>history_capacity must be even, got {value}</source>
        <translation>history_capacity muss gerade sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>extra must be a JSON object, got {type}</source>
        <translation>extra muss ein JSON-Objekt sein, erhalten: {type}</translation>
    </message>
    <message>
        <source>config has unknown setting {setting}</source>
        <translation>config hat die unbekannte Einstellung {setting}</translation>
    </message>
    <message>
        <source>the header&apos;s array list does not match the lesson (see {member})</source>
        <translation>die Array-Liste des Headers passt nicht zur Lektion (siehe {member})</translation>
    </message>
    <message>
        <source>the header says {name} has dtype {dtype}, expected {expected}</source>
        <translation>der Header sagt, {name} hat dtype {dtype}, erwartet: {expected}</translation>
    </message>
    <message>
        <source>the header&apos;s shape for {name} is not a short list of sizes</source>
        <translation>die Form von {name} im Header ist keine kurze Liste von Größen</translation>
    </message>
    <message>
        <source>the header&apos;s shape for {name}: {reason}</source>
        <translation>die Form von {name} im Header: {reason}</translation>
    </message>
    <message>
        <source>config lacks {names}</source>
        <translation>config fehlt {names}</translation>
    </message>
    <message>
        <source>config.padding must be valid, same, full or a number of pixels, got {value}</source>
        <translation>config.padding muss valid, same, full oder eine Anzahl Pixel sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>config.{name} must be a finite number, got {value}</source>
        <translation>config.{name} muss eine endliche Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>config.{name} must be an integer from 0 to 2**64-1, got {value}</source>
        <translation>config.{name} muss eine ganze Zahl von 0 bis 2**64-1 sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>config.{name} must be true or false, got {value}</source>
        <translation>config.{name} muss true oder false sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>config.{name} cannot be stored in lesson format version {version}</source>
        <translation>config.{name} lässt sich in Lektionsformat Version {version} nicht speichern</translation>
    </message>
    <message>
        <source>bad setting: {reason}</source>
        <translation>ungültige Einstellung: {reason}</translation>
    </message>
    <message>
        <source>{name} does not match the header&apos;s dtype and shape</source>
        <translation>{name} passt nicht zu dtype und Form im Header</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>image values must be in [0, 1], found {low} to {high}</source>
        <translation>Bildwerte müssen in [0, 1] liegen, gefunden: {low} bis {high}</translation>
    </message>
    <message>
        <source>{name} contain NaN or infinite values</source>
        <translation>{name} enthalten NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>step_count is {step_count} but the header says {header_steps}</source>
        <translation>step_count ist {step_count}, aber der Header sagt {header_steps}</translation>
    </message>
    <message>
        <source>initial_params do not match seed {seed} and init_scale {init_scale} (edited file, or a NumPy whose random generator differs)</source>
        <translation>initial_params passen nicht zu Seed {seed} und init_scale {init_scale} (bearbeitete Datei, oder ein NumPy mit anderem Zufallsgenerator)</translation>
    </message>
    <message>
        <source>history arrays disagree in length (steps {n}, losses {losses}, params {params})</source>
        <translation>die Verlaufs-Arrays sind unterschiedlich lang (Schritte {n}, Verluste {losses}, Parameter {params})</translation>
    </message>
    <message>
        <source>history has {n} rows, more than its capacity {capacity}</source>
        <translation>der Verlauf hat {n} Zeilen, mehr als seine Kapazität {capacity}</translation>
    </message>
    <message>
        <source>history stride must be a power of two, got {stride}</source>
        <translation>die Schrittweite des Verlaufs muss eine Zweierpotenz sein, erhalten: {stride}</translation>
    </message>
    <message>
        <source>history steps must increase from 0 and stay below the step count {step_count}</source>
        <translation>die Schritte im Verlauf müssen ab 0 steigen und unter der Schrittzahl {step_count} bleiben</translation>
    </message>
    <message>
        <source>history steps must be multiples of the stride {stride}</source>
        <translation>die Schritte im Verlauf müssen Vielfache der Schrittweite {stride} sein</translation>
    </message>
    <message>
        <source>{key} must be text, got {value}</source>
        <translation>{key} muss Text sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{key} is longer than {max} characters</source>
        <translation>{key} ist länger als {max} Zeichen</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>number {text} is out of range</source>
        <translation>Zahl {text} liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>doppelter Schlüssel {key}</translation>
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
    <name>Notebook</name>
    <message>
        <source>cnnviz figures are drawn on the main thread only (Qt&apos;s rule): call this from the notebook&apos;s cell, not from a thread</source>
        <translation>cnnviz-Abbildungen werden nur im Hauptthread gezeichnet (Qts Regel): dies aus der Zelle des Notebooks aufrufen, nicht aus einem Thread</translation>
    </message>
    <message>
        <source>a Qt application without widgets (QCoreApplication) already runs in this process; cnnviz draws with widgets and cannot make a second one</source>
        <translation>in diesem Prozess läuft bereits eine Qt-Anwendung ohne Widgets (QCoreApplication); cnnviz zeichnet mit Widgets und kann keine zweite erstellen</translation>
    </message>
    <message>
        <source>unknown theme {theme}; choose dark or light</source>
        <translation>unbekanntes Farbschema {theme}; dark oder light wählen</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} muss eine ganze Zahl sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} or more, got {value}</source>
        <translation>{name} muss {low} oder größer sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{name} {value} is outside {low}..{high}</source>
        <translation>{name} {value} liegt nicht in {low}..{high}</translation>
    </message>
    <message>
        <source>{what} needs a file name, got {type} {value}</source>
        <translation>{what} braucht einen Dateinamen, erhalten: {type} {value}</translation>
    </message>
    <message>
        <source>scale applies to PNG; SVG is vector</source>
        <translation>scale gilt für PNG; SVG ist vektoriell</translation>
    </message>
    <message>
        <source>scale does not apply to a slide: it is always 1920x1080</source>
        <translation>scale gilt nicht für eine Folie: Sie ist immer 1920x1080</translation>
    </message>
    <message>
        <source>cannot save an animation to {path}: use .gif</source>
        <translation>kann eine Animation nicht in {path} speichern: .gif verwenden</translation>
    </message>
    <message>
        <source>check of {function}: your buffer beside the true one</source>
        <translation>Prüfung von {function}: dein Puffer neben dem richtigen</translation>
    </message>
    <message>
        <source>your dw and db beside the true ones</source>
        <translation>eigenes dw und db neben den richtigen</translation>
    </message>
    <message>
        <source>the report as text</source>
        <translation>der Bericht als Text</translation>
    </message>
    <message>
        <source>color must be True or False, got {value}</source>
        <translation>color muss True oder False sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>target must be text, a kernel&apos;s name or &apos;a,b,c;d,e,f;g,h,i&apos;, got {value}</source>
        <translation>target (das Ziel) muss Text sein, der Name eines Kernels oder &apos;a,b,c;d,e,f;g,h,i&apos;, erhalten: {value}</translation>
    </message>
    <message>
        <source>give either an image or a sample, not both</source>
        <translation>entweder ein Bild oder ein Beispiel angeben, nicht beides</translation>
    </message>
    <message>
        <source>a lesson holds at most 2**62 steps; it is at {step}, and {steps} more would pass that</source>
        <translation>eine Lektion fasst höchstens 2**62 Schritte; sie steht bei {step}, und {steps} weitere würden das überschreiten</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {choices}</source>
        <translation>unbekanntes Panel {name}; eines von {choices} wählen</translation>
    </message>
    <message>
        <source>{panel} at step {step}</source>
        <translation>{panel} bei Schritt {step}</translation>
    </message>
    <message>
        <source>{panel} at step {step} after {position} positions</source>
        <translation>{panel} bei Schritt {step} nach {position} Positionen</translation>
    </message>
    <message>
        <source>unknown slide panel {names}; choose from {choices}</source>
        <translation>unbekanntes Folien-Panel {names}; aus {choices} wählen</translation>
    </message>
    <message>
        <source>unknown slide panel (none given); choose from {choices}</source>
        <translation>unbekanntes Folien-Panel (keines angegeben); aus {choices} wählen</translation>
    </message>
    <message>
        <source>slide at step {step}</source>
        <translation>Folie bei Schritt {step}</translation>
    </message>
    <message>
        <source>stepthrough needs a position: 0..the number of positions</source>
        <translation>stepthrough braucht eine Position: 0..Anzahl der Positionen</translation>
    </message>
    <message>
        <source>step-through at step {step}: {counter}</source>
        <translation>Schritt-für-Schritt bei Schritt {step}: {counter}</translation>
    </message>
    <message>
        <source>position {position} is outside 0..{positions} (the number of positions)</source>
        <translation>Position {position} liegt nicht in 0..{positions} (der Anzahl der Positionen)</translation>
    </message>
    <message>
        <source>unknown mode {mode}; choose train or pass</source>
        <translation>unbekannter Modus {mode}; train oder pass wählen</translation>
    </message>
    <message>
        <source>position applies to mode=&apos;pass&apos;</source>
        <translation>position gilt für mode=&apos;pass&apos;</translation>
    </message>
    <message>
        <source>one backward pass, {count} of {positions} positions</source>
        <translation>ein Rückwärtsdurchlauf, {count} von {positions} Positionen</translation>
    </message>
    <message>
        <source>training from step {step}, a frame every {every} updates</source>
        <translation>Training ab Schritt {step}, ein Bild alle {every} Updates</translation>
    </message>
    <message>
        <source>rendering frames</source>
        <translation>Bilder werden gerendert</translation>
    </message>
    <message>
        <source>unknown convention {name}; choose one of {choices}</source>
        <translation>unbekannte Konvention {name}; eine von {choices} wählen</translation>
    </message>
    <message>
        <source>timeout must be a positive number of seconds, got {value}</source>
        <translation>timeout muss eine positive Anzahl Sekunden sein, erhalten: {value}</translation>
    </message>
    <message>
        <source>{function} (from the notebook)</source>
        <translation>{function} (aus dem Notebook)</translation>
    </message>
    <message>
        <source>image must be a file, a folder or an array: {reason}</source>
        <translation>image muss eine Datei, ein Ordner oder ein Array sein: {reason}</translation>
    </message>
    <message>
        <source>image of shape {shape} looks like one colour image (H, W, {c}); a lesson&apos;s image is grey: pass image.mean(axis=2), or a batch as (N, H, W)</source>
        <translation>ein Bild der Form {shape} sieht aus wie ein Farbbild (H, W, {c}); das Bild einer Lektion ist grau: image.mean(axis=2) übergeben, oder einen Batch als (N, H, W)</translation>
    </message>
    <message>
        <source>image has {n} pixels; the most a lesson holds is {max} (as float64, {mb} MB)</source>
        <translation>das Bild hat {n} Pixel; eine Lektion fasst höchstens {max} (als float64, {mb} MB)</translation>
    </message>
    <message>
        <source>image must be an array of numbers, got dtype {dtype}</source>
        <translation>image muss ein Array aus Zahlen sein, erhalten: dtype {dtype}</translation>
    </message>
    <message>
        <source>image values must be in [0, 1] (got {low}..{high}); divide by 255 for 8-bit pixels</source>
        <translation>Bildwerte müssen in [0, 1] liegen (erhalten: {low}..{high}); bei 8-Bit-Pixeln durch 255 teilen</translation>
    </message>
    <message>
        <source>check() needs a function defined with def, got {type}</source>
        <translation>check() braucht eine mit def definierte Funktion, erhalten: {type}</translation>
    </message>
    <message>
        <source>check() needs a function defined with def, not a lambda</source>
        <translation>check() braucht eine mit def definierte Funktion, kein Lambda</translation>
    </message>
    <message>
        <source>check() needs a function whose name is a Python name, got {name}</source>
        <translation>check() braucht eine Funktion, deren Name ein Python-Name ist, erhalten: {name}</translation>
    </message>
    <message>
        <source>check() carries {n} characters of source and constants from the notebook (limit {max}): keep large data out of the globals your function uses</source>
        <translation>check() trägt {n} Zeichen Quelltext und Konstanten aus dem Notebook mit (Grenze {max}): große Daten aus den globalen Variablen heraushalten, die die Funktion verwendet</translation>
    </message>
    <message>
        <source>cannot read the source of {name}: define it with def in a notebook cell or a .py file</source>
        <translation>der Quelltext von {name} kann nicht gelesen werden: mit def in einer Notebook-Zelle oder einer .py-Datei definieren</translation>
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
        <translation>Eine Dense-Schicht von {inputs} nach {outputs} bräuchte</translation>
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
    <name>SafeWrite</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>kein Dateiname</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>Symlink-Schleife</translation>
    </message>
    <message>
        <source>{name} is not a folder</source>
        <translation>{name} ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a regular file; it is left as it was</source>
        <translation>es ist ein Ordner, keine reguläre Datei; sie bleibt unverändert</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a regular file; it is left as it was</source>
        <translation>es ist ein FIFO (Named Pipe), keine reguläre Datei; sie bleibt unverändert</translation>
    </message>
    <message>
        <source>it is a device, not a regular file; it is left as it was</source>
        <translation>es ist ein Gerät, keine reguläre Datei; es bleibt unverändert</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file; it is left as it was</source>
        <translation>es ist ein Socket, keine reguläre Datei; er bleibt unverändert</translation>
    </message>
    <message>
        <source>it is a special file, not a regular file; it is left as it was</source>
        <translation>es ist eine Spezialdatei, keine reguläre Datei; sie bleibt unverändert</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>der Ordner ist nicht beschreibbar</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>A circle, square, triangle and bar on a textured gradient: any 3x3 filter can be learned from it</source>
        <translation>Kreis, Quadrat, Dreieck und Balken auf einem strukturierten Helligkeitsgradienten: jeder 3x3-Filter lässt sich daran lernen</translation>
    </message>
    <message>
        <source>A handwritten-style 3, white on black, like an MNIST digit</source>
        <translation>Eine handschriftliche 3, weiß auf schwarz, wie eine MNIST-Ziffer</translation>
    </message>
    <message>
        <source>A bright rectangle on a dark background: vertical and horizontal edges</source>
        <translation>Ein helles Rechteck auf dunklem Grund: senkrechte und waagrechte Kanten</translation>
    </message>
    <message>
        <source>A bright disc on a dark background: edges in every direction</source>
        <translation>Eine helle Scheibe auf dunklem Grund: Kanten in jeder Richtung</translation>
    </message>
    <message>
        <source>Vertical black and white stripes, 2 pixels wide at 32x32</source>
        <translation>Senkrechte schwarze und weiße Streifen, 2 Pixel breit bei 32x32</translation>
    </message>
    <message>
        <source>An 8x8 black and white checkerboard</source>
        <translation>Ein schwarz-weißes 8x8-Schachbrett</translation>
    </message>
    <message>
        <source>A smooth ramp from dark (top left) to light (bottom right)</source>
        <translation>Ein gleichmäßiger Verlauf von dunkel (oben links) nach hell (unten rechts)</translation>
    </message>
    <message>
        <source>A natural-looking random texture, like clouds or stone (fractal noise)</source>
        <translation>Eine natürlich wirkende Zufallstextur, wie Wolken oder Stein (fraktales Rauschen)</translation>
    </message>
    <message>
        <source>Coloured shapes on a colour grain, R, G and B varying independently: the colour lesson&apos;s image (--color)</source>
        <translation>Farbige Formen auf farbiger Körnung, R, G und B unabhängig voneinander: das Bild der Farblektion (--color)</translation>
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
    <name>StepThrough</name>
    <message>
        <source>the step-through of {positions} positions needs {need} MiB, more than the limit of {limit} MiB; use fewer images or a smaller --size</source>
        <translation>das Schritt-für-Schritt von {positions} Positionen braucht {need} MiB, mehr als die Grenze von {limit} MiB; weniger Bilder oder eine kleinere --size verwenden</translation>
    </message>
    <message>
        <source>position 0 of {P}: nothing added yet</source>
        <translation>Position 0 von {P}: noch nichts addiert</translation>
    </message>
    <message>
        <source>position {count} of {P}: image {image} of {images}, row {row}, col {col} (rows and cols from 0)</source>
        <translation>Position {count} von {P}: Bild {image} von {images}, Zeile {row}, Spalte {col} (Zeilen und Spalten ab 0)</translation>
    </message>
    <message>
        <source>position {count} of {P}: row {row}, col {col} (rows and cols from 0)</source>
        <translation>Position {count} von {P}: Zeile {row}, Spalte {col} (Zeilen und Spalten ab 0)</translation>
    </message>
    <message>
        <source>{P} ({n} images × {each})</source>
        <translation>{P} ({n} Bilder × {each})</translation>
    </message>
    <message>
        <source>the update is applied once, at the end of the pass: {count} of {P} positions added</source>
        <translation>das Update wird einmal angewendet, am Ende des Durchlaufs: {count} von {P} Positionen addiert</translation>
    </message>
    <message>
        <source>the trainer changed since this step-through was built; call rebuild()</source>
        <translation>der Trainer hat sich geändert, seit dieses Schritt-für-Schritt erstellt wurde; rebuild() aufrufen</translation>
    </message>
    <message>
        <source>&apos;mean&apos; would divide this buffer by {what}, so &apos;mean&apos; needs lr × {P} for the same update.</source>
        <translation>&apos;mean&apos; würde diesen Puffer durch {what} teilen, also braucht &apos;mean&apos; lr × {P} für dasselbe Update.</translation>
    </message>
    <message>
        <source>&apos;mean&apos; has already divided this buffer by {what}; &apos;sum&apos; gives the same update with lr / {P}.</source>
        <translation>&apos;mean&apos; hat diesen Puffer bereits durch {what} geteilt; &apos;sum&apos; gibt dasselbe Update mit lr / {P}.</translation>
    </message>
    <message>
        <source>training diverged after step {step}: the update overflowed; the last finite weights are kept.</source>
        <translation>Training divergierte nach Schritt {step}: Das Update ist übergelaufen; die letzten endlichen Gewichte bleiben erhalten.</translation>
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
    <name>Tour</name>
    <message>
        <source>{name}: not a UTF-8 text file</source>
        <translation>{name}: keine UTF-8-Textdatei</translation>
    </message>
    <message>
        <source>cannot read tour {path}: {reason}</source>
        <translation>Tour {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>cannot read tour {path}: not a regular file</source>
        <translation>Tour {path} kann nicht gelesen werden: keine normale Datei</translation>
    </message>
    <message>
        <source>tour {path} is {size} bytes (limit {limit}): a tour is a short text file</source>
        <translation>Tour {path} hat {size} Bytes (Grenze {limit}): eine Tour ist eine kurze Textdatei</translation>
    </message>
    <message>
        <source>{source} line {line}: unknown top-level key {key} (a tour is a list of {tables} tables)</source>
        <translation>{source} Zeile {line}: unbekannter Schlüssel {key} auf oberster Ebene (eine Tour ist eine Liste von {tables}-Tabellen)</translation>
    </message>
    <message>
        <source>{source}: no {tables} tables</source>
        <translation>{source}: keine {tables}-Tabellen</translation>
    </message>
    <message>
        <source>{source} line {line}: chapters must be [[chapter]] tables, not {kind} values</source>
        <translation>{source} Zeile {line}: Kapitel müssen [[chapter]]-Tabellen sein, keine {kind}-Werte</translation>
    </message>
    <message>
        <source>{source}: {count} chapters (limit {limit})</source>
        <translation>{source}: {count} Kapitel (Grenze {limit})</translation>
    </message>
    <message>
        <source>{source} line {line}</source>
        <translation>{source} Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: chapter {number}: {problem}</source>
        <translation>{where}: Kapitel {number}: {problem}</translation>
    </message>
    <message>
        <source>unknown key {key} (known: {known})</source>
        <translation>unbekannter Schlüssel {key} (bekannt: {known})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing or empty</source>
        <translation>&apos;{key}&apos; fehlt oder ist leer</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of {options}</source>
        <translation>{key} = {value} ist nicht eins von {options}</translation>
    </message>
    <message>
        <source>{key} = {value} must be a whole number from 0 to {top}</source>
        <translation>{key} = {value} muss eine ganze Zahl von 0 bis {top} sein</translation>
    </message>
    <message>
        <source>settings must be a table, e.g. {example}</source>
        <translation>settings muss eine Tabelle sein, z. B. {example}</translation>
    </message>
    <message>
        <source>unknown setting {key} (known: {known})</source>
        <translation>unbekannte Einstellung {key} (bekannt: {known})</translation>
    </message>
    <message>
        <source>settings: lr = &quot;equivalent&quot; carries the tour&apos;s start&apos;s rate to another reduction; a chapter that sets {key} is another layer (give a number, or leave lr out for this layer&apos;s default)</source>
        <translation>settings: lr = &quot;equivalent&quot; überträgt die Lernrate des Tourstarts auf eine andere Reduktion; ein Kapitel, das {key} setzt, ist eine andere Schicht (eine Zahl angeben oder lr weglassen für den Standardwert dieser Schicht)</translation>
    </message>
    <message>
        <source>settings: {reason}</source>
        <translation>settings: {reason}</translation>
    </message>
    <message>
        <source>{key}: {fact} is the comparison&apos;s test: it needs mode = &quot;compare&quot;</source>
        <translation>{key}: {fact} ist der Test des Vergleichs: er braucht mode = &quot;compare&quot;</translation>
    </message>
    <message>
        <source>{key}: {fact} is the checker&apos;s verdict: it needs mode = &quot;check&quot;</source>
        <translation>{key}: {fact} ist das Urteil des Prüfers: es braucht mode = &quot;check&quot;</translation>
    </message>
    <message>
        <source> (this chapter sets {flag})</source>
        <translation> (dieses Kapitel setzt {flag})</translation>
    </message>
    <message>
        <source>{key}: {shown} can never show: a lesson cannot have {why}{because}</source>
        <translation>{key}: {shown} kann nie erscheinen: eine Lektion kann nicht {why} zugleich haben{because}</translation>
    </message>
    <message>
        <source>highlight = {value}: use panel names from {names}</source>
        <translation>highlight = {value}: Panelnamen aus {names} verwenden</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} muss true oder false sein</translation>
    </message>
    <message>
        <source>{key} applies to mode = &quot;stepthrough&quot; only</source>
        <translation>{key} gilt nur für mode = &quot;stepthrough&quot;</translation>
    </message>
    <message>
        <source>focus = true needs mode = &quot;normal&quot; and the panels to show in highlight</source>
        <translation>focus = true braucht mode = &quot;normal&quot; und die zu zeigenden Panels in highlight</translation>
    </message>
    <message>
        <source>{update} needs {position} (the update comes after the whole pass)</source>
        <translation>{update} braucht {position} (das Update kommt nach dem ganzen Durchlauf)</translation>
    </message>
    <message>
        <source>mode = &quot;check&quot; needs example = &quot;a learner&apos;s file&quot;</source>
        <translation>mode = &quot;check&quot; braucht example = &quot;die Datei eines Lernenden&quot;</translation>
    </message>
    <message>
        <source>example applies to mode = &quot;check&quot; only</source>
        <translation>example gilt nur für mode = &quot;check&quot;</translation>
    </message>
    <message>
        <source>example = {value}: no such file in {folder}</source>
        <translation>example = {value}: keine solche Datei in {folder}</translation>
    </message>
    <message>
        <source>test = {value} is not one of {options}</source>
        <translation>test = {value} ist nicht eins von {options}</translation>
    </message>
    <message>
        <source>chapter {number} cannot be shown on this lesson: {reason}</source>
        <translation>Kapitel {number} kann in dieser Lektion nicht gezeigt werden: {reason}</translation>
    </message>
    <message>
        <source>chapter {number} asks for position {position}, but this lesson has P = {P}: it shows the end of the pass</source>
        <translation>Kapitel {number} verlangt Position {position}, aber diese Lektion hat P = {P}: es zeigt das Ende des Durchlaufs</translation>
    </message>
    <message>
        <source>chapter {number} says {literal}, but this lesson has {name} = {value}: write {placeholder}</source>
        <translation>Kapitel {number} sagt {literal}, aber diese Lektion hat {name} = {value}: {placeholder} schreiben</translation>
    </message>
</context>
<context>
    <name>TourCheck</name>
    <message>
        <source>The checker runs this file in a separate process, on the lesson&apos;s data and on probes.</source>
        <translation>Der Prüfer führt diese Datei in einem eigenen Prozess aus, mit den Daten der Lektion und mit Testfällen.</translation>
    </message>
    <message>
        <source>{name}: a learner&apos;s backward pass</source>
        <translation>{name}: der Rückwärtsdurchlauf eines Lernenden</translation>
    </message>
    <message>
        <source>not checked ({reason}).</source>
        <translation>nicht geprüft ({reason}).</translation>
    </message>
    <message>
        <source>Cancelled: the check was stopped.</source>
        <translation>Abgebrochen: die Prüfung wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>TourMode</name>
    <message>
        <source>Tour not opened</source>
        <translation>Tour nicht geöffnet</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>tour: {warning}{more}</source>
        <translation>Tour: {warning}{more}</translation>
    </message>
    <message>
        <source>Chapter not shown</source>
        <translation>Kapitel nicht gezeigt</translation>
    </message>
    <message>
        <source>chapter {number}: {reason}</source>
        <translation>Kapitel {number}: {reason}</translation>
    </message>
    <message>
        <source>the colour sample &apos;{sample}&apos; (this chapter only)</source>
        <translation>das farbige Beispielbild &apos;{sample}&apos; (nur in diesem Kapitel)</translation>
    </message>
    <message>
        <source>Test not run</source>
        <translation>Test nicht ausgeführt</translation>
    </message>
    <message>
        <source>chapter {number}: no test image {name}</source>
        <translation>Kapitel {number}: kein Testbild {name}</translation>
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
    <name>Untied</name>
    <message>
        <source>the untied layer diverged after step {step}: the loss overflowed with learning rate {lr}; the last finite filters are kept. {advice}</source>
        <translation>die ungebundene Schicht divergierte nach Schritt {step}: Der Verlust ist bei Lernrate {lr} übergelaufen; die letzten endlichen Filter bleiben erhalten. {advice}</translation>
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
