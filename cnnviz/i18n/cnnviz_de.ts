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
</TS>
