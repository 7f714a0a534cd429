<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BufferPanel</name>
    <message>
        <source>The gradient buffer: one 3x3 sum. Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>El búfer de gradiente: una suma de 3x3. La retropropagación se ejecuta en cada posición y el δ·parche de cada posición se SUMA aquí; el búfer sumado se aplica una vez por actualización.</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum per colour channel (R, G, B). Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>El búfer de gradiente: una suma de {k}x{k} por canal de color (R, G, B). La retropropagación se ejecuta en cada posición y el δ·parche de cada posición se SUMA aquí; el búfer sumado se aplica una vez por actualización.</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum. Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>El búfer de gradiente: una suma de {k}x{k}. La retropropagación se ejecuta en cada posición y el δ·parche de cada posición se SUMA aquí; el búfer sumado se aplica una vez por actualización.</translation>
    </message>
    <message>
        <source>sum of {total} contributions ({n} images × {per_image})</source>
        <translation>suma de {total} contribuciones ({n} imágenes × {per_image})</translation>
    </message>
    <message>
        <source>sum of {total} contributions</source>
        <translation>suma de {total} contribuciones</translation>
    </message>
    <message>
        <source>Gradient buffer ∂L/∂w ({what})</source>
        <translation>Búfer de gradiente ∂L/∂w ({what})</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Train the shared filter (3x3 by default) headless and print progress.</source>
        <translation>Entrenar el filtro compartido (3x3 por defecto) sin ventana e imprimir el progreso.</translation>
    </message>
    <message>
        <source>number of updates (default 2000)</source>
        <translation>número de actualizaciones (por defecto 2000)</translation>
    </message>
    <message>
        <source>print one JSON object instead of progress lines</source>
        <translation>imprimir un objeto JSON en lugar de las líneas de progreso</translation>
    </message>
    <message>
        <source>save the lesson after training, to continue later</source>
        <translation>guardar la lección tras el entrenamiento, para continuar más tarde</translation>
    </message>
    <message>
        <source>the loss grew from {start} to {loss} (more than {limit}× its start)</source>
        <translation>la pérdida creció de {start} a {loss} (más de {limit} veces su valor inicial)</translation>
    </message>
    <message>
        <source>step {step}/{steps}  loss {loss}</source>
        <translation>paso {step}/{steps}  pérdida {loss}</translation>
    </message>
    <message>
        <source>learned filter after {steps} steps (bias {bias}):</source>
        <translation>filtro aprendido tras {steps} pasos (sesgo {bias}):</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>{channel} channel (target kernel x {weight}):</source>
        <translation>canal {channel} (kernel objetivo x {weight}):</translation>
    </message>
    <message>
        <source>output {wo}x{ho} per image ({filter} filter, stride {stride}, padding {padding}: {params} parameters)</source>
        <translation>salida {wo}x{ho} por imagen (filtro {filter}, desplazamiento {stride}, relleno {padding}: {params} parámetros)</translation>
    </message>
    <message>
        <source>largest weight error {error}</source>
        <translation>mayor error de peso {error}</translation>
    </message>
    <message>
        <source>List the bundled sample images.</source>
        <translation>Listar las imágenes de ejemplo incluidas.</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (por defecto)</translation>
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
        <translation>Mira cómo aprende un filtro 3x3 compartido (9 pesos + 1 sesgo): retropropagación en cada posición
de la imagen, el gradiente de cada posición SUMADO en un búfer de 10 valores, aplicado una vez por actualización.

  cnnviz [IMAGEN | CARPETA | LECCIÓN.cnnviz] [opciones]   abrir la ventana (esta orden)
  cnnviz train [opciones]    entrenar sin ventana e imprimir la pérdida y el filtro aprendido (sin Qt)
  cnnviz samples             listar las imágenes de ejemplo incluidas
  cnnviz export [opciones]   escribir figuras PNG/SVG/GIF, diapositivas y la visita como presentación
                             (--deck), sin pantalla (ver &apos;cnnviz export --help&apos;)
  cnnviz check ARCHIVO.py    ejecutar tu propia pasada hacia atrás con pruebas y nombrar el error
  cnnviz --tour [GUION]      abrir la ventana en la visita guiada (PageDown/PageUp, Esc sale)
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
        <translation>teclas en la ventana:
  Space reproducir/pausa · Right una actualización (paso a paso: adelante) · Left/Home/End paso a paso
  R reiniciar al mismo inicio · Shift+R nuevo inicio aleatorio · B retropropagación paso a paso ·
  G comprobar el gradiente · C comparar compartido vs. no compartido · T visita guiada · + / - velocidad ·
  Esc salir de un modo · F11 modo presentación ·
  Ctrl+O abrir imagen · Ctrl+Shift+O abrir carpeta · Ctrl+S guardar lección · Ctrl+L abrir lección ·
  Ctrl+E exportar · Ctrl+Shift+C copiar el panel bajo el ratón · Ctrl+Shift+L tema claro · F1 acerca de
</translation>
    </message>
    <message>
        <source>cnnviz: no display; `cnnviz export` works without one</source>
        <translation>cnnviz: no hay pantalla; `cnnviz export` funciona sin ella</translation>
    </message>
    <message>
        <source>save a screenshot once the window is drawn, then quit</source>
        <translation>guardar una captura cuando la ventana esté dibujada y salir</translation>
    </message>
    <message>
        <source>open the guided tour (the default one, or a TOML script of your own)</source>
        <translation>abrir la visita guiada (la incluida o un guion TOML propio)</translation>
    </message>
    <message>
        <source>cannot write screenshot {path}: folder does not exist</source>
        <translation>no se puede escribir la captura {path}: la carpeta no existe</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
</context>
<context>
    <name>CLIOptions</name>
    <message>
        <source>language of the messages: {choices} (default: the system&apos;s)</source>
        <translation>idioma de los mensajes: {choices} (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <translation>{message} (ver &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
    <message>
        <source>{text} must be a positive finite number</source>
        <translation>{text} debe ser un número positivo finito</translation>
    </message>
    <message>
        <source>{text} must be in [0, 1)</source>
        <translation>{text} debe estar en [0, 1)</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} no es un número entero</translation>
    </message>
    <message>
        <source>{text} must be 0 or more</source>
        <translation>{text} debe ser 0 o mayor</translation>
    </message>
    <message>
        <source>{text} must be a whole number from 0 to 2**64-1</source>
        <translation>{text} debe ser un número entero de 0 a 2**64-1</translation>
    </message>
    <message>
        <source>{text} must be valid, same, full or a whole number of pixels</source>
        <translation>{text} debe ser valid, same, full o un número entero de píxeles</translation>
    </message>
    <message>
        <source>{text} must be a whole number from {low} to {high}</source>
        <translation>{text} debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>{text} must be a whole number {low} or more</source>
        <translation>{text} debe ser un número entero desde {low}</translation>
    </message>
    <message>
        <source>an image file or a folder of images (a batch); default: a bundled sample</source>
        <translation>un archivo de imagen o una carpeta de imágenes (un lote); por defecto: un ejemplo incluido</translation>
    </message>
    <message>
        <source>a bundled sample image (see &apos;cnnviz samples&apos;)</source>
        <translation>una imagen de ejemplo incluida (ver &apos;cnnviz samples&apos;)</translation>
    </message>
    <message>
        <source>square size the image is resampled to (default 32), or &apos;native&apos; (up to 1024)</source>
        <translation>tamaño cuadrado al que se reescala la imagen (por defecto 32), o &apos;native&apos; (hasta 1024)</translation>
    </message>
    <message>
        <source>continue a saved lesson (image, settings, weights, history); options given change it</source>
        <translation>continuar una lección guardada (imagen, ajustes, pesos, historial); las opciones dadas la cambian</translation>
    </message>
    <message>
        <source>named target kernel (default {target})</source>
        <translation>kernel objetivo por nombre (por defecto {target})</translation>
    </message>
    <message>
        <source>typed 3x3 target kernel</source>
        <translation>kernel objetivo 3x3 escrito</translation>
    </message>
    <message>
        <source>learning rate (default {lr})</source>
        <translation>tasa de aprendizaje (por defecto {lr})</translation>
    </message>
    <message>
        <source>(default {value})</source>
        <translation>(por defecto {value})</translation>
    </message>
    <message>
        <source>momentum (default {momentum})</source>
        <translation>momentum (por defecto {momentum})</translation>
    </message>
    <message>
        <source>loss reduction: &apos;sum&apos; over positions (the lesson, default) or &apos;mean&apos;</source>
        <translation>reducción de la pérdida: &apos;sum&apos; sobre las posiciones (la lección, por defecto) o &apos;mean&apos;</translation>
    </message>
    <message>
        <source>seed of the initial weights, 0 to 2**64-1 (default 0)</source>
        <translation>semilla de los pesos iniciales, de 0 a 2**64-1 (por defecto 0)</translation>
    </message>
    <message>
        <source>the filter is K x K, 1 to {max} (default 3; named targets are 3x3, type other sizes with --kernel; a typed kernel sets K)</source>
        <translation>el filtro es K x K, de 1 a {max} (por defecto 3; los objetivos con nombre son 3x3, escribe otros tamaños con --kernel; un kernel escrito fija K)</translation>
    </message>
    <message>
        <source>pixels the filter moves between positions (default 1)</source>
        <translation>píxeles que avanza el filtro entre posiciones (por defecto 1)</translation>
    </message>
    <message>
        <source>zeros around the image: valid (none, default), same (keeps the size: odd K, stride 1), full (K-1) or N pixels (0 to K-1)</source>
        <translation>ceros alrededor de la imagen: valid (ninguno, por defecto), same (conserva el tamaño: K impar, desplazamiento 1), full (K-1) o N píxeles (de 0 a K-1)</translation>
    </message>
    <message>
        <source>typed target kernel: K rows of K numbers (sets K when --kernel-size is not given)</source>
        <translation>kernel objetivo escrito: K filas de K números (fija K si no se da --kernel-size)</translation>
    </message>
    <message>
        <source>keep the image&apos;s R, G, B: one K x K x 3 filter, the target is the kernel on the luminance (default sample: colour-shapes)</source>
        <translation>conservar R, G, B de la imagen: un filtro K x K x 3, el objetivo es el kernel sobre la luminancia (ejemplo por defecto: colour-shapes)</translation>
    </message>
    <message>
        <source>give either an IMAGE or --sample, not both</source>
        <translation>indica una IMAGEN o --sample, no ambas</translation>
    </message>
    <message>
        <source>learning rate {lr}: half the stability limit 2/λmax of this layer on this image</source>
        <translation>tasa de aprendizaje {lr}: la mitad del límite de estabilidad 2/λmax de esta capa en esta imagen</translation>
    </message>
    <message>
        <source>cnnviz: note: {note}</source>
        <translation>cnnviz: nota: {note}</translation>
    </message>
    <message>
        <source>learning rate {lr} instead of the default {default}, which would diverge on this image</source>
        <translation>tasa de aprendizaje {lr} en lugar de la predeterminada {default}, que divergería en esta imagen</translation>
    </message>
    <message>
        <source>give either --lesson or an IMAGE/--sample, not both</source>
        <translation>indica --lesson o una IMAGEN/--sample, no ambas</translation>
    </message>
    <message>
        <source>cannot save lesson to {path}: {reason}</source>
        <translation>no se puede guardar la lección en {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>CaptionBar</name>
    <message>
        <source>↻ Replay (Enter)</source>
        <translation>↻ Repetir (Enter)</translation>
    </message>
    <message>
        <source>Leave tour (Esc)</source>
        <translation>Salir de la visita (Esc)</translation>
    </message>
    <message>
        <source>Previous chapter (PageUp, ←)</source>
        <translation>Capítulo anterior (PageUp, ←)</translation>
    </message>
    <message>
        <source>Next chapter (PageDown, →, Space)</source>
        <translation>Capítulo siguiente (PageDown, →, Space)</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>The gradient buffer ∂L/∂w (the filter&apos;s shape) and the bias delta ∂L/∂b on the lesson&apos;s data.</source>
        <translation>El búfer de gradiente ∂L/∂w (con la forma del filtro) y el delta del sesgo ∂L/∂b con los datos de la lección.</translation>
    </message>
    <message>
        <source>no dw of shape {shape} was returned</source>
        <translation>no se devolvió ningún dw de forma {shape}</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ incorrecto</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <source>Comparison paused: the loss overflowed</source>
        <translation>Comparación en pausa: la pérdida se desbordó</translation>
    </message>
    <message>
        <source>Learning rate not changed</source>
        <translation>Tasa de aprendizaje no cambiada</translation>
    </message>
    <message>
        <source>Test not run</source>
        <translation>Prueba no ejecutada</translation>
    </message>
    <message>
        <source>comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · {rate} steps/s · playing · the lesson is paused at its own step</source>
        <translation>comparando compartido vs. no compartido · paso {step} · pérdida compartido {shared}, no compartido {untied} · {rate} pasos/s · en marcha · la lección está en pausa en su propio paso</translation>
    </message>
    <message>
        <source>comparing shared vs untied · step {step} · loss shared {shared}, untied {untied} · paused · the lesson is paused at its own step</source>
        <translation>comparando compartido vs. no compartido · paso {step} · pérdida compartido {shared}, no compartido {untied} · en pausa · la lección está en pausa en su propio paso</translation>
    </message>
    <message>
        <source>step {step}   shared {shared}   untied {untied}</source>
        <translation>paso {step}   compartido {shared}   no compartido {untied}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>the new image</source>
        <translation>la nueva imagen</translation>
    </message>
    <message>
        <source>the {n} new images</source>
        <translation>las {n} nuevas imágenes</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent 3×3 filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>La capa no compartida (conectada localmente): un filtro de 3×3 + sesgo independiente en cada posición de salida, cada uno actualizado solo por el gradiente de su propia posición. La tesela (i, j) es el filtro de la posición (i, j); la escala de color es la del kernel objetivo, como la del filtro compartido.</translation>
    </message>
    <message>
        <source>Untied: {n} filters of {size}, one per position (each used on all {images} images) (R, G, B: three {mosaic} mosaics of {k}×{k} tiles)</source>
        <translation>No compartido: {n} filtros de {size}, uno por posición (cada uno usado en las {images} imágenes) (R, G, B: tres mosaicos de {mosaic} con teselas de {k}×{k})</translation>
    </message>
    <message>
        <source>Untied: {n} filters of {size}, one per position (R, G, B: three {mosaic} mosaics of {k}×{k} tiles)</source>
        <translation>No compartido: {n} filtros de {size}, uno por posición (R, G, B: tres mosaicos de {mosaic} con teselas de {k}×{k})</translation>
    </message>
    <message>
        <source>Untied: {n} filters, one per position (each used on all {images} images) ({mosaic} mosaic of {k}×{k} tiles)</source>
        <translation>No compartido: {n} filtros, uno por posición (cada uno usado en las {images} imágenes) (mosaico de {mosaic} con teselas de {k}×{k})</translation>
    </message>
    <message>
        <source>Untied: {n} filters, one per position ({mosaic} mosaic of {k}×{k} tiles)</source>
        <translation>No compartido: {n} filtros, uno por posición (mosaico de {mosaic} con teselas de {k}×{k})</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent {size} filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter in each of the three mosaics R, G and B (its three slices), on one colour scale; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>La capa no compartida (conectada localmente): un filtro de {size} + sesgo independiente en cada posición de salida, cada uno actualizado solo por el gradiente de su propia posición. La tesela (i, j) es el filtro de la posición (i, j) en cada uno de los tres mosaicos R, G y B (sus tres cortes), en una sola escala de color; la escala de color es la del kernel objetivo, como la del filtro compartido.</translation>
    </message>
    <message>
        <source>The untied (locally connected) layer: an independent {size} filter + bias at every output position, each updated only by its own position&apos;s gradient. Tile (i, j) is position (i, j)&apos;s filter; the colour scale is the target kernel&apos;s, like the shared filter&apos;s.</source>
        <translation>La capa no compartida (conectada localmente): un filtro de {size} + sesgo independiente en cada posición de salida, cada uno actualizado solo por el gradiente de su propia posición. La tesela (i, j) es el filtro de la posición (i, j); la escala de color es la del kernel objetivo, como la del filtro compartido.</translation>
    </message>
    <message>
        <source>a {size} + bias per position (×{positions})</source>
        <translation>un {size} + sesgo por posición (×{positions})</translation>
    </message>
    <message>
        <source>{shared} × {positions} positions</source>
        <translation>{shared} × {positions} posiciones</translation>
    </message>
    <message>
        <source>{inputs} inputs × {outputs} outputs + biases</source>
        <translation>{inputs} entradas × {outputs} salidas + sesgos</translation>
    </message>
    <message>
        <source>{inputs} pixels × {outputs} outputs + biases</source>
        <translation>{inputs} píxeles × {outputs} salidas + sesgos</translation>
    </message>
    <message>
        <source>Parameters for {shape}</source>
        <translation>Parámetros para {shape}</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>one {size} + bias for all positions</source>
        <translation>un {size} + sesgo para todas las posiciones</translation>
    </message>
    <message>
        <source>untied</source>
        <translation>no compartido</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>densa</translation>
    </message>
    <message>
        <source>The loss L on the training image before each update, for both layers, log scale. Both start as the same function (the same start filter at every position).</source>
        <translation>La pérdida L en la imagen de entrenamiento antes de cada actualización, para ambas capas, en escala logarítmica. Ambas empiezan como la misma función (el mismo filtro inicial en cada posición).</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>shared ({n} parameters)</source>
        <translation>compartido ({n} parámetros)</translation>
    </message>
    <message>
        <source>untied ({n} parameters)</source>
        <translation>no compartido ({n} parámetros)</translation>
    </message>
    <message>
        <source>Loss L on the training image (log scale)</source>
        <translation>Pérdida L en la imagen de entrenamiento (escala log.)</translation>
    </message>
    <message>
        <source>Loss L on the {n} training images (log scale)</source>
        <translation>Pérdida L en las {n} imágenes de entrenamiento (escala log.)</translation>
    </message>
    <message>
        <source>The loss L on the {n} training images before each update, for both layers, log scale. Both start as the same function (the same start filter at every position).</source>
        <translation>La pérdida L en las {n} imágenes de entrenamiento antes de cada actualización, para ambas capas, en escala logarítmica. Ambas empiezan como la misma función (el mismo filtro inicial en cada posición).</translation>
    </message>
    <message>
        <source>step {step}: shared L = {shared} · untied L = {untied}</source>
        <translation>paso {step}: compartido L = {shared} · no compartido L = {untied}</translation>
    </message>
    <message>
        <source>The image the layers are tested on: they were never trained on it.</source>
        <translation>La imagen en la que se prueban las capas: nunca se entrenaron con ella.</translation>
    </message>
    <message>
        <source>On the test image, on the colour scale of the target there.</source>
        <translation>En la imagen de prueba, con la escala de color del objetivo allí.</translation>
    </message>
    <message>
        <source>Shared vs untied: what weight sharing buys</source>
        <translation>Compartido vs. no compartido: lo que aporta compartir pesos</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>Train both layers, one update each per step (Space)</source>
        <translation>Entrenar ambas capas, una actualización de cada una por paso (Space)</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>Paso ▸</translation>
    </message>
    <message>
        <source>One update of each layer (Right)</source>
        <translation>Una actualización de cada capa (Right)</translation>
    </message>
    <message>
        <source>Reset both</source>
        <translation>Reiniciar ambas</translation>
    </message>
    <message>
        <source>Both layers back to step 0: the same start filter (R)</source>
        <translation>Ambas capas vuelven al paso 0: el mismo filtro inicial (R)</translation>
    </message>
    <message>
        <source>untied lr</source>
        <translation>lr no compartido</translation>
    </message>
    <message>
        <source>Leave comparison</source>
        <translation>Salir de la comparación</translation>
    </message>
    <message>
        <source>Back to the lesson, where it was paused (C or Esc)</source>
        <translation>Volver a la lección, donde quedó en pausa (C o Esc)</translation>
    </message>
    <message>
        <source>Generalisation test</source>
        <translation>Prueba de generalización</translation>
    </message>
    <message>
        <source>An image neither layer was trained on: the training image moved, or a bundled sample at the same size</source>
        <translation>Una imagen con la que no se entrenó ninguna capa: la imagen de entrenamiento desplazada, o una imagen de ejemplo incluida del mismo tamaño</translation>
    </message>
    <message>
        <source>Test on a new image</source>
        <translation>Probar con una imagen nueva</translation>
    </message>
    <message>
        <source>Apply both trained layers to the chosen image and score them against the target there (nothing is trained). The errors are also printed.</source>
        <translation>Aplicar ambas capas entrenadas a la imagen elegida y puntuarlas frente al objetivo allí (no se entrena nada). Los errores también se imprimen.</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <source>step {step} · loss: shared {shared}, untied {untied}</source>
        <translation>paso {step} · pérdida: compartido {shared}, no compartido {untied}</translation>
    </message>
    <message>
        <source>Same image, target ({target}), loss ({reduction}) and optimizer ({optimizer}); both start from the same filter (the untied layer has it at every position). Learning rate: shared {lr} (the lesson&apos;s), untied {untied_lr}.</source>
        <translation>La misma imagen, objetivo ({target}), pérdida ({reduction}) y optimizador ({optimizer}); ambas parten del mismo filtro (la capa no compartida lo tiene en cada posición). Tasa de aprendizaje: compartido {lr} (la de la lección), no compartido {untied_lr}.</translation>
    </message>
    <message>
        <source>Same {n} images, target ({target}), loss ({reduction}) and optimizer ({optimizer}); both start from the same filter (the untied layer has it at every position). Learning rate: shared {lr} (the lesson&apos;s), untied {untied_lr}.</source>
        <translation>Las mismas {n} imágenes, objetivo ({target}), pérdida ({reduction}) y optimizador ({optimizer}); ambas parten del mismo filtro (la capa no compartida lo tiene en cada posición). Tasa de aprendizaje: compartido {lr} (la de la lección), no compartido {untied_lr}.</translation>
    </message>
    <message>
        <source>The lesson&apos;s run is paused while comparing and gets nothing back.</source>
        <translation>La ejecución de la lección queda en pausa mientras se compara y no recibe nada.</translation>
    </message>
    <message>
        <source>Shared: ONE {size} filter for all {total} positions ({n} images × {per_image})</source>
        <translation>Compartido: UN filtro de {size} para las {total} posiciones ({n} imágenes × {per_image})</translation>
    </message>
    <message>
        <source>Shared: ONE {size} filter for all {total} positions</source>
        <translation>Compartido: UN filtro de {size} para las {total} posiciones</translation>
    </message>
    <message>
        <source>Apply both trained layers to an image they never saw, and compare with the target there.</source>
        <translation>Aplica ambas capas entrenadas a una imagen que nunca vieron y compara con el objetivo allí.</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>Imagen nueva</translation>
    </message>
    <message>
        <source>Target there</source>
        <translation>Objetivo allí</translation>
    </message>
    <message>
        <source>Shared output there</source>
        <translation>Salida compartida allí</translation>
    </message>
    <message>
        <source>Untied output there</source>
        <translation>Salida no compartida allí</translation>
    </message>
    <message>
        <source>error (loss) on {what}: shared {shared}, untied {untied}</source>
        <translation>error (pérdida) en {what}: compartido {shared}, no compartido {untied}</translation>
    </message>
    <message>
        <source>tested on: {label}</source>
        <translation>probado con: {label}</translation>
    </message>
    <message>
        <source>(&lt;b&gt;both ≈ 0&lt;/b&gt;: round-off, no difference to see)</source>
        <translation>(&lt;b&gt;ambos ≈ 0&lt;/b&gt;: redondeo, no hay diferencia que ver)</translation>
    </message>
    <message>
        <source>(&lt;b&gt;{ratio}&lt;/b&gt; worse)</source>
        <translation>(&lt;b&gt;{ratio}&lt;/b&gt; peor)</translation>
    </message>
    <message>
        <source>(the untied layer does better here)</source>
        <translation>(la capa no compartida lo hace mejor aquí)</translation>
    </message>
    <message>
        <source>error (loss) on {what}:&lt;br&gt;shared {shared}, untied {untied}</source>
        <translation>error (pérdida) en {what}:&lt;br&gt;compartido {shared}, no compartido {untied}</translation>
    </message>
    <message>
        <source>on the training images: shared {shared}, untied {untied}</source>
        <translation>en las imágenes de entrenamiento: compartido {shared}, no compartido {untied}</translation>
    </message>
    <message>
        <source>on the training image: shared {shared}, untied {untied}</source>
        <translation>en la imagen de entrenamiento: compartido {shared}, no compartido {untied}</translation>
    </message>
    <message>
        <source>New image ({label})</source>
        <translation>Imagen nueva ({label})</translation>
    </message>
    <message>
        <source>New image, the first of {n} ({label})</source>
        <translation>Imagen nueva, la primera de {n} ({label})</translation>
    </message>
    <message>
        <source>Target there (the right answer)</source>
        <translation>Objetivo allí (la respuesta correcta)</translation>
    </message>
    <message>
        <source>scale {low} … {high} (all three)</source>
        <translation>escala {low} … {high} (las tres)</translation>
    </message>
    <message>
        <source>Shared filter&apos;s output there</source>
        <translation>Salida del filtro compartido allí</translation>
    </message>
    <message>
        <source>error (loss) {value}</source>
        <translation>error (pérdida) {value}</translation>
    </message>
    <message>
        <source>error (loss) (all {n}) {value}</source>
        <translation>error (pérdida) (las {n}) {value}</translation>
    </message>
    <message>
        <source>Untied layer&apos;s output there</source>
        <translation>Salida de la capa no compartida allí</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>full speed</source>
        <translation>velocidad máxima</translation>
    </message>
    <message>
        <source>1 position/s</source>
        <translation>1 posición/s</translation>
    </message>
    <message>
        <source>{n} positions/s</source>
        <translation>{n} posiciones/s</translation>
    </message>
    <message>
        <source>1 update/s</source>
        <translation>1 actualización/s</translation>
    </message>
    <message>
        <source>{n} updates/s</source>
        <translation>{n} actualizaciones/s</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>Iniciar o pausar el entrenamiento (Space)</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>Paso ▸</translation>
    </message>
    <message>
        <source>Take one update: forward, sum the gradient over all positions, apply it (Right)</source>
        <translation>Una actualización: hacia delante, sumar el gradiente de todas las posiciones, aplicarlo (Right)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to step 0 with the same initial weights (R)</source>
        <translation>Volver al paso 0 con los mismos pesos iniciales (R)</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>Nuevo inicio</translation>
    </message>
    <message>
        <source>Back to step 0 with new random initial weights (Shift+R)</source>
        <translation>Volver al paso 0 con nuevos pesos iniciales aleatorios (Shift+R)</translation>
    </message>
    <message>
        <source>Step through backprop…</source>
        <translation>Retropropagación paso a paso…</translation>
    </message>
    <message>
        <source>Pause and watch one backward pass add every position&apos;s contribution into the one gradient buffer, position by position (B)</source>
        <translation>Pausar y ver cómo una pasada hacia atrás suma la contribución de cada posición en el único búfer de gradiente, posición a posición (B)</translation>
    </message>
    <message>
        <source>Compare shared vs untied…</source>
        <translation>Compartido vs. no compartido…</translation>
    </message>
    <message>
        <source>Pause and train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw (C)</source>
        <translation>Pausar y entrenar el filtro compartido (10 parámetros) junto a un filtro por posición (9&#x202f;000), y luego probar ambos en una imagen que nunca vieron (C)</translation>
    </message>
    <message>
        <source>Updates per second, from 1 to full speed</source>
        <translation>Actualizaciones por segundo, de 1 a velocidad máxima</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>A bundled sample image (File &gt; Open Image… for your own, Ctrl+O)</source>
        <translation>Una imagen de ejemplo incluida (Archivo &gt; Abrir imagen… para una propia, Ctrl+O)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Which image of the batch the maps show (the gradient sums over all)</source>
        <translation>Qué imagen del lote muestran los mapas (el gradiente suma sobre todas)</translation>
    </message>
    <message>
        <source>Show image</source>
        <translation>Mostrar imagen</translation>
    </message>
    <message>
        <source>typed…</source>
        <translation>escrito…</translation>
    </message>
    <message>
        <source>The kernel the filter should learn</source>
        <translation>El kernel que el filtro debe aprender</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>k: the filter is k×k (1 to {max}), k·k weights per channel + 1 bias. A 3×3 target is kept centred in zeros (the arrows step through the odd sizes); for another size type the target. Changing it starts the lesson again.</source>
        <translation>k: el filtro es k×k (de 1 a {max}), k·k pesos por canal + 1 sesgo. Un objetivo 3×3 se mantiene centrado entre ceros (las flechas recorren los tamaños impares); para otro tamaño, escribe el objetivo. Cambiarlo reinicia la lección.</translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation>Tamaño del kernel</translation>
    </message>
    <message>
        <source>s: pixels the filter moves between positions; the output is (H + 2p − k)//s + 1 per side (stride 2: about a quarter of the positions). Starts the lesson again.</source>
        <translation>s: píxeles que avanza el filtro entre posiciones; la salida es (H + 2p − k)//s + 1 por lado (desplazamiento 2: alrededor de un cuarto de las posiciones). Reinicia la lección.</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>p: zeros around the image. valid: none; same: (k−1)/2, the output keeps the image&apos;s size (odd k, stride 1); full: k−1; or type a number of pixels. Starts the lesson again.</source>
        <translation>p: ceros alrededor de la imagen. valid: ninguno; same: (k−1)/2, la salida conserva el tamaño de la imagen (k impar, desplazamiento 1); full: k−1; o escribe un número de píxeles. Reinicia la lección.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>R, G, B channels</source>
        <translation>Canales R, G, B</translation>
    </message>
    <message>
        <source>Keep the image&apos;s colour: one k×k×3 filter (3·k·k weights + 1 bias) still makes ONE output map; the target is the kernel on the luminance 0.299 R + 0.587 G + 0.114 B. Meaningful with a colour image, e.g. the colour-shapes sample. Starts the lesson again.</source>
        <translation>Conservar el color de la imagen: un filtro k×k×3 (3·k·k pesos + 1 sesgo) sigue dando UN mapa de salida; el objetivo es el kernel sobre la luminancia 0.299 R + 0.587 G + 0.114 B. Tiene sentido con una imagen en color, p. ej. el ejemplo colour-shapes. Reinicia la lección.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate: w ← w − lr × buffer. Arrows double or halve it.</source>
        <translation>Tasa de aprendizaje: w ← w − lr × búfer. Las flechas la duplican o la reducen a la mitad.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>μ, used by the momentum optimizer only</source>
        <translation>μ, solo la usa el optimizador momentum</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>Loss reduction</source>
        <translation>Reducción de la pérdida</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space play/pause · → step · + − speed&lt;br&gt;R reset · Shift+R new start&lt;br&gt;B step-through: ← → Home End&lt;br&gt;C compare shared vs untied&lt;br&gt;T guided tour: PgDn PgUp Esc&lt;br&gt;Ctrl+O open image · Ctrl+S save lesson&lt;br&gt;Ctrl+E export · F11 presenter · F1 about</source>
        <translation>&lt;b&gt;Teclas&lt;/b&gt;&lt;br&gt;Space reproducir/pausa · → paso · + − velocidad&lt;br&gt;R reiniciar · Shift+R nuevo inicio&lt;br&gt;B paso a paso: ← → Home End&lt;br&gt;C compartido vs. no compartido&lt;br&gt;T visita guiada: PgDn PgUp Esc&lt;br&gt;Ctrl+O abrir imagen · Ctrl+S guardar lección&lt;br&gt;Ctrl+E exportar · F11 presentación · F1 acerca de</translation>
    </message>
    <message>
        <source>Learning rate: v ← μv + buffer, then w ← w − lr·v. Arrows double or halve it.</source>
        <translation>Tasa de aprendizaje: v ← μv + búfer, luego w ← w − lr·v. Las flechas la duplican o la reducen a la mitad.</translation>
    </message>
    <message>
        <source>sgd: w ← w − lr·buffer;  momentum: v ← μv + buffer, w ← w − lr·v (now: {optimizer})</source>
        <translation>sgd: w ← w − lr·búfer;  momentum: v ← μv + búfer, w ← w − lr·v (ahora: {optimizer})</translation>
    </message>
    <message>
        <source>sum: {loss}, as in the lesson; mean: the same divided by P, the number of positions of every image (N × positions for a batch of N). Now: {reduction}, so {delta}.</source>
        <translation>sum: {loss}, como en la lección; mean: lo mismo dividido entre P, el número de posiciones de todas las imágenes (N × posiciones para un lote de N). Ahora: {reduction}, así que {delta}.</translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now identity: a = y = w·patch + b.</source>
        <translation>Activación f aplicada al mapa de salida (el objetivo también la recibe). Ahora identity: a = y = w·patch + b.</translation>
    </message>
    <message>
        <source>Activation f applied to the output map (the target gets it too). Now {activation}: a = f(w·patch + b), and δ = ∂L/∂y = 2(a − T)·f′(y){per}.</source>
        <translation>Activación f aplicada al mapa de salida (el objetivo también la recibe). Ahora {activation}: a = f(w·patch + b), y δ = ∂L/∂y = 2(a − T)·f′(y){per}.</translation>
    </message>
    <message>
        <source> of {n}</source>
        <translation> de {n}</translation>
    </message>
    <message>
        <source>Type a {k}x{k} target kernel: rows separated by &apos;;&apos;, values by &apos;,&apos;. Enter applies; a kernel of another size changes the filter&apos;s size (a new lesson).</source>
        <translation>Escribe un kernel objetivo {k}x{k}: filas separadas por &apos;;&apos;, valores por &apos;,&apos;. Enter lo aplica; un kernel de otro tamaño cambia el tamaño del filtro (una lección nueva).</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
</context>
<context>
    <name>Encoders</name>
    <message>
        <source>no frames to write</source>
        <translation>no hay fotogramas que escribir</translation>
    </message>
    <message>
        <source>writing MP4 needs PyAV: {extra}</source>
        <translation>escribir MP4 necesita PyAV: {extra}</translation>
    </message>
    <message>
        <source>this PyAV has no H.264 encoder (libx264); reinstall it with {extra}</source>
        <translation>este PyAV no tiene codificador H.264 (libx264); reinstálalo con {extra}</translation>
    </message>
    <message>
        <source>an MP4 of {width}x{height} pixels is larger than video players accept (at most 4096x2304 or the same area)</source>
        <translation>un MP4 de {width}x{height} píxeles es más grande de lo que aceptan los reproductores de vídeo (como máximo 4096x2304 o la misma área)</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>The error map δ = ∂L/∂y at every position (for the sum of squares, 2·(y − T)). Each δ multiplies its 3x3 patch and is ADDED into the one gradient buffer.</source>
        <translation>El mapa de error δ = ∂L/∂y en cada posición (para la suma de cuadrados, 2·(y − T)). Cada δ multiplica su parche de 3x3 y se SUMA al único búfer de gradiente.</translation>
    </message>
    <message>
        <source>Error map δ = ∂L/∂y ({size})</source>
        <translation>Mapa de error δ = ∂L/∂y ({size})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cnnviz: internal error: {error}</source>
        <translation>cnnviz: error interno: {error}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. The app carries on; if it looks wrong, press R to reset.</source>
        <translation>Algo salió mal: {error}. La aplicación continúa; si algo se ve mal, pulsa R para reiniciar.</translation>
    </message>
    <message>
        <source>error: {error}</source>
        <translation>error: {error}</translation>
    </message>
    <message>
        <source>cnnviz: internal error</source>
        <translation>cnnviz: error interno</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>scale must be a whole number in 1..{high}, not {scale}</source>
        <translation>la escala debe ser un número entero en 1..{high}, no {scale}</translation>
    </message>
    <message>
        <source>could not encode the PNG image</source>
        <translation>no se pudo codificar la imagen PNG</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot export {path}: use .png or .svg</source>
        <translation>no se puede exportar {path}: usa .png o .svg</translation>
    </message>
    <message>
        <source>overwritten after {count} of {P} positions</source>
        <translation>sobrescrito tras {count} de {P} posiciones</translation>
    </message>
    <message>
        <source>running sum after {count} of {P} positions</source>
        <translation>suma parcial tras {count} de {P} posiciones</translation>
    </message>
    <message>
        <source>, after {count} of {P} positions</source>
        <translation>, tras {count} de {P} posiciones</translation>
    </message>
    <message>
        <source>a slide needs at least one panel</source>
        <translation>una diapositiva necesita al menos un panel</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {names}</source>
        <translation>panel desconocido {name}; elige uno de {names}</translation>
    </message>
    <message>
        <source>sample image &apos;{name}&apos;</source>
        <translation>imagen de ejemplo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>One shared {size} filter learning {target}</source>
        <translation>Un filtro compartido de {size} aprendiendo {target}</translation>
    </message>
    <message>
        <source>{optimizer}, mean of squared errors</source>
        <translation>{optimizer}, media de los errores al cuadrado</translation>
    </message>
    <message>
        <source>{optimizer}, sum of squared errors</source>
        <translation>{optimizer}, suma de los errores al cuadrado</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>paso {step}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>pérdida {loss}</translation>
    </message>
    <message>
        <source>an animation needs at least 1 frame</source>
        <translation>una animación necesita al menos 1 fotograma</translation>
    </message>
    <message>
        <source>frames must be at least 1 update apart</source>
        <translation>los fotogramas deben estar separados al menos 1 actualización</translation>
    </message>
    <message>
        <source>{error} (at frame {i} of {n}; nothing was written)</source>
        <translation>{error} (en el fotograma {i} de {n}; no se escribió nada)</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: a name starting with &apos;.&apos; would be a hidden folder; name the folder (e.g. frames/) or the file (e.g. pass.gif)</source>
        <translation>no se pueden escribir fotogramas en {path}: un nombre que empieza por &apos;.&apos; sería una carpeta oculta; nombra la carpeta (p. ej. frames/) o el archivo (p. ej. pass.gif)</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it is a file</source>
        <translation>no se pueden escribir fotogramas en {path}: es un archivo</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it holds other files ({name} and {n} more); choose a new or empty folder</source>
        <translation>no se pueden escribir fotogramas en {path}: contiene otros archivos ({name} y {n} más); elige una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: it holds other files ({name}); choose a new or empty folder</source>
        <translation>no se pueden escribir fotogramas en {path}: contiene otros archivos ({name}); elige una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: the folder {parent} is not writable</source>
        <translation>no se pueden escribir fotogramas en {path}: la carpeta {parent} no admite escritura</translation>
    </message>
    <message>
        <source>cannot write frames into {path}: {reason}</source>
        <translation>no se pueden escribir fotogramas en {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write an animation to {path}: use .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>no se puede escribir una animación en {path}: usa .gif, .mp4 o una carpeta (sin extensión) para fotogramas PNG</translation>
    </message>
    <message>
        <source>; use a scale of {scale} or less</source>
        <translation>; usa una escala de {scale} o menos</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Input image x</source>
        <translation>Imagen de entrada x</translation>
    </message>
    <message>
        <source>Target map T</source>
        <translation>Mapa objetivo T</translation>
    </message>
    <message>
        <source>Output map y</source>
        <translation>Mapa de salida y</translation>
    </message>
    <message>
        <source>Error map δ</source>
        <translation>Mapa de error δ</translation>
    </message>
    <message>
        <source>Filter w</source>
        <translation>Filtro w</translation>
    </message>
    <message>
        <source>Gradient buffer ∂L/∂w</source>
        <translation>Búfer de gradiente ∂L/∂w</translation>
    </message>
    <message>
        <source>Input gradient ∂L/∂x</source>
        <translation>Gradiente de entrada ∂L/∂x</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>Número de parámetros</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Curva de pérdida</translation>
    </message>
    <message>
        <source>Weights over steps</source>
        <translation>Pesos a lo largo de los pasos</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>Vídeo MP4 (H.264)</translation>
    </message>
    <message>
        <source>PNG frames (folder, for video tools)</source>
        <translation>Fotogramas PNG (carpeta, para programas de vídeo)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Ventana completa</translation>
    </message>
    <message>
        <source>Slide (16:9, 1920×1080)</source>
        <translation>Diapositiva (16:9, 1920×1080)</translation>
    </message>
    <message>
        <source>Panel: {name}</source>
        <translation>Panel: {name}</translation>
    </message>
    <message>
        <source>{kind}: needs {extra}</source>
        <translation>{kind}: necesita {extra}</translation>
    </message>
    <message>
        <source>Dark (as on screen)</source>
        <translation>Oscuro (como en pantalla)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light: white background, dark text (as on screen)</source>
        <translation>Claro: fondo blanco, texto oscuro (como en pantalla)</translation>
    </message>
    <message>
        <source>Light: white background, dark text</source>
        <translation>Claro: fondo blanco, texto oscuro</translation>
    </message>
    <message>
        <source>Per export. The whole window in the other theme is exported as its panels (without the controls); View &gt; Light Theme switches the app itself.</source>
        <translation>Por exportación. La ventana completa en el otro tema se exporta como sus paneles (sin los controles); Ver &gt; Tema claro cambia la propia aplicación.</translation>
    </message>
    <message>
        <source>Training: one frame every N updates</source>
        <translation>Entrenamiento: un fotograma cada N actualizaciones</translation>
    </message>
    <message>
        <source>One backward pass, position by position</source>
        <translation>Una pasada hacia atrás, posición a posición</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>One shared 3×3 filter learning …</source>
        <translation>Un filtro compartido de 3×3 aprendiendo …</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>Animar</translation>
    </message>
    <message>
        <source>Frames (at most)</source>
        <translation>Fotogramas (como máximo)</translation>
    </message>
    <message>
        <source>Updates between frames</source>
        <translation>Actualizaciones entre fotogramas</translation>
    </message>
    <message>
        <source>Each frame shows</source>
        <translation>Cada fotograma dura</translation>
    </message>
    <message>
        <source>Slide title</source>
        <translation>Título de la diapositiva</translation>
    </message>
    <message>
        <source>Slide panels</source>
        <translation>Paneles de la diapositiva</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>Carpeta para los fotogramas PNG</translation>
    </message>
    <message>
        <source>copied the {name} panel to the clipboard</source>
        <translation>panel {name} copiado al portapapeles</translation>
    </message>
    <message>
        <source>copied the window to the clipboard</source>
        <translation>ventana copiada al portapapeles</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>exported {path}</source>
        <translation>exportado {path}</translation>
    </message>
    <message>
        <source>nothing to export yet: the first snapshot has not been drawn</source>
        <translation>aún no hay nada que exportar: la primera instantánea no se ha dibujado</translation>
    </message>
    <message>
        <source>Rendering frames…</source>
        <translation>Renderizando fotogramas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Figure (PNG or SVG)…</source>
        <translation>Figura (PNG o SVG)…</translation>
    </message>
    <message>
        <source>The window or one panel as PNG (1×–4×, crisp cells) or SVG</source>
        <translation>La ventana o un panel como PNG (1×–4×, celdas nítidas) o SVG</translation>
    </message>
    <message>
        <source>Slide (1920×1080)…</source>
        <translation>Diapositiva (1920×1080)…</translation>
    </message>
    <message>
        <source>A 16:9 slide: a title and the panels you pick</source>
        <translation>Una diapositiva 16:9: un título y los paneles que elijas</translation>
    </message>
    <message>
        <source>Animation (GIF, MP4 or PNG frames)…</source>
        <translation>Animación (GIF, MP4 o fotogramas PNG)…</translation>
    </message>
    <message>
        <source>Training (a frame every N updates) or one backward pass, position by position</source>
        <translation>Entrenamiento (un fotograma cada N actualizaciones) o una pasada hacia atrás, posición a posición</translation>
    </message>
    <message>
        <source>Copy Panel to Clipboard</source>
        <translation>Copiar panel al portapapeles</translation>
    </message>
    <message>
        <source>The panel under the mouse (or last clicked), else the whole window</source>
        <translation>El panel bajo el ratón (o el último en que se hizo clic); si no, la ventana completa</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>as saved in the lesson: {n} images of {h}×{w}</source>
        <translation>tal como se guardó en la lección: {n} imágenes de {h}×{w}</translation>
    </message>
    <message>
        <source>as saved in the lesson: {h}×{w}</source>
        <translation>tal como se guardó en la lección: {h}×{w}</translation>
    </message>
    <message>
        <source>Open a grayscale image</source>
        <translation>Abrir una imagen en escala de grises</translation>
    </message>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Imágenes ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a folder of images (a batch)</source>
        <translation>Abrir una carpeta de imágenes (un lote)</translation>
    </message>
    <message>
        <source>Image not opened</source>
        <translation>Imagen no abierta</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Cargando {name}…</translation>
    </message>
    <message>
        <source>image not opened: cancelled</source>
        <translation>imagen no abierta: cancelado</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix});;All files (*)</source>
        <translation>Lecciones de cnnviz (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Lesson not opened</source>
        <translation>Lección no abierta</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>cnnviz lessons (*{suffix})</source>
        <translation>Lecciones de cnnviz (*{suffix})</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>Lección no guardada</translation>
    </message>
    <message>
        <source>saved {path} at step {step}</source>
        <translation>{path} guardado en el paso {step}</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>History not exported</source>
        <translation>Historial no exportado</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>wrote {rows} rows to {path}</source>
        <translation>{rows} filas escritas en {path}</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>The filter: 9 weights + 1 bias = 10 parameters, the SAME ones at every position. The colour scale matches the target kernel&apos;s.</source>
        <translation>El filtro: 9 pesos + 1 sesgo = 10 parámetros, los MISMOS en cada posición. La escala de color es la del kernel objetivo.</translation>
    </message>
    <message>
        <source>Filter w (one {size}, shared by all {total} positions ({n} images × {per_image}))</source>
        <translation>Filtro w (uno de {size}, compartido por las {total} posiciones ({n} imágenes × {per_image}))</translation>
    </message>
    <message>
        <source>Filter w (one {size}, shared by all {total} positions)</source>
        <translation>Filtro w (uno de {size}, compartido por las {total} posiciones)</translation>
    </message>
    <message>
        <source>The filter: {weights} weights + 1 bias = {params} parameters, the SAME ones at every position (a grid per colour channel: R, G, B). The colour scale matches the target kernel&apos;s.</source>
        <translation>El filtro: {weights} pesos + 1 sesgo = {params} parámetros, los MISMOS en cada posición (una cuadrícula por canal de color: R, G, B). La escala de color es la del kernel objetivo.</translation>
    </message>
    <message>
        <source>The filter: {weights} weights + 1 bias = {params} parameters, the SAME ones at every position. The colour scale matches the target kernel&apos;s.</source>
        <translation>El filtro: {weights} pesos + 1 sesgo = {params} parámetros, los MISMOS en cada posición. La escala de color es la del kernel objetivo.</translation>
    </message>
    <message>
        <source>bias b = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>sesgo b = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter w AFTER the update (step {step}): one filter, applied once</source>
        <translation>Filtro w DESPUÉS de la actualización (paso {step}): un filtro, aplicado una vez</translation>
    </message>
    <message>
        <source>bias b = &lt;b&gt;{value}&lt;/b&gt; (was {old})</source>
        <translation>sesgo b = &lt;b&gt;{value}&lt;/b&gt; (antes {old})</translation>
    </message>
</context>
<context>
    <name>InputGradPanel</name>
    <message>
        <source>The input gradient ∂L/∂x: each position adds its δ times the 9 weights into the 9 input pixels under it, so pixels seen by several positions collect several deltas.</source>
        <translation>El gradiente de entrada ∂L/∂x: cada posición suma su δ por los 9 pesos en los 9 píxeles de entrada que cubre, así que los píxeles vistos por varias posiciones acumulan varios deltas.</translation>
    </message>
    <message>
        <source>The input gradient ∂L/∂x, shaped like x: each position adds its δ times the {n} weights into the {n} input values under it, so pixels seen by several positions collect several deltas; the padding&apos;s zeros are not inputs.</source>
        <translation>El gradiente de entrada ∂L/∂x, con la forma de x: cada posición suma su δ por los {n} pesos en los {n} valores de entrada que cubre, así que los píxeles vistos por varias posiciones acumulan varios deltas; los ceros del relleno no son entradas.</translation>
    </message>
    <message>
        <source>The input gradient ∂L/∂x, shaped like x: each position adds its δ times the {n} weights into the {n} input values under it, so pixels seen by several positions collect several deltas.</source>
        <translation>El gradiente de entrada ∂L/∂x, con la forma de x: cada posición suma su δ por los {n} pesos en los {n} valores de entrada que cubre, así que los píxeles vistos por varias posiciones acumulan varios deltas.</translation>
    </message>
    <message>
        <source>Input gradient ∂L/∂x ({size})</source>
        <translation>Gradiente de entrada ∂L/∂x ({size})</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>The grayscale input image x (0 = black, 1 = white). The yellow square is the 3x3 receptive field: the pixels one output cell is computed from.</source>
        <translation>La imagen de entrada x en escala de grises (0 = negro, 1 = blanco). El cuadrado amarillo es el campo receptivo de 3x3: los píxeles a partir de los que se calcula una celda de salida.</translation>
    </message>
    <message>
        <source>, image {i} of {n}</source>
        <translation>, imagen {i} de {n}</translation>
    </message>
    <message>
        <source>, padded with 1 zero a side: {size}</source>
        <translation>, con 1 cero de relleno por lado: {size}</translation>
    </message>
    <message>
        <source>, padded with {p} zeros a side: {size}</source>
        <translation>, con {p} ceros de relleno por lado: {size}</translation>
    </message>
    <message>
        <source>Input image x ({size})</source>
        <translation>Imagen de entrada x ({size})</translation>
    </message>
    <message>
        <source>The colour input image x (R, G, B). The yellow square is the {k}x{k}x3 receptive field: the pixels one output cell is computed from.</source>
        <translation>La imagen de entrada x en color (R, G, B). El cuadrado amarillo es el campo receptivo de {k}x{k}x3: los píxeles a partir de los que se calcula una celda de salida.</translation>
    </message>
    <message>
        <source>The grayscale input image x (0 = black, 1 = white). The yellow square is the {k}x{k} receptive field: the pixels one output cell is computed from.</source>
        <translation>La imagen de entrada x en escala de grises (0 = negro, 1 = blanco). El cuadrado amarillo es el campo receptivo de {k}x{k}: los píxeles a partir de los que se calcula una celda de salida.</translation>
    </message>
    <message>
        <source>The black border outside the dashed line is the padding: zeros, not pixels.</source>
        <translation>El borde negro fuera de la línea discontinua es el relleno: ceros, no píxeles.</translation>
    </message>
    <message>
        <source>The dotted square is the next position: the filter moves {s} pixels at a time.</source>
        <translation>El cuadrado punteado es la siguiente posición: el filtro avanza {s} píxeles cada vez.</translation>
    </message>
</context>
<context>
    <name>KeysOverlay</name>
    <message>
        <source>play / pause training</source>
        <translation>reproducir / pausar el entrenamiento</translation>
    </message>
    <message>
        <source>one update</source>
        <translation>una actualización</translation>
    </message>
    <message>
        <source>faster / slower</source>
        <translation>más rápido / más lento</translation>
    </message>
    <message>
        <source>reset to the same start</source>
        <translation>reiniciar al mismo inicio</translation>
    </message>
    <message>
        <source>new random start</source>
        <translation>nuevo inicio aleatorio</translation>
    </message>
    <message>
        <source>undo a reset, new start, new image or setting</source>
        <translation>deshacer un reinicio, nuevo inicio, nueva imagen o ajuste</translation>
    </message>
    <message>
        <source>step through backprop</source>
        <translation>retropropagación paso a paso</translation>
    </message>
    <message>
        <source>compare shared vs untied</source>
        <translation>comparar compartido vs. no compartido</translation>
    </message>
    <message>
        <source>guided tour</source>
        <translation>visita guiada</translation>
    </message>
    <message>
        <source>presenter mode</source>
        <translation>modo presentación</translation>
    </message>
    <message>
        <source>open an image</source>
        <translation>abrir una imagen</translation>
    </message>
    <message>
        <source>play / pause the pass, position by position</source>
        <translation>reproducir / pausar la pasada, posición a posición</translation>
    </message>
    <message>
        <source>one step forward / back</source>
        <translation>un paso adelante / atrás</translation>
    </message>
    <message>
        <source>faster / slower (positions per second)</source>
        <translation>más rápido / más lento (posiciones por segundo)</translation>
    </message>
    <message>
        <source>start / end of the pass</source>
        <translation>inicio / fin de la pasada</translation>
    </message>
    <message>
        <source>→ at the end</source>
        <translation>→ al final</translation>
    </message>
    <message>
        <source>apply the update</source>
        <translation>aplicar la actualización</translation>
    </message>
    <message>
        <source>check the gradient</source>
        <translation>comprobar el gradiente</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>back to training</source>
        <translation>volver al entrenamiento</translation>
    </message>
    <message>
        <source>play / pause both layers</source>
        <translation>reproducir / pausar ambas capas</translation>
    </message>
    <message>
        <source>one update of each</source>
        <translation>una actualización de cada una</translation>
    </message>
    <message>
        <source>reset both</source>
        <translation>reiniciar ambas</translation>
    </message>
    <message>
        <source>back to the lesson</source>
        <translation>volver a la lección</translation>
    </message>
    <message>
        <source>next / previous chapter</source>
        <translation>capítulo siguiente / anterior</translation>
    </message>
    <message>
        <source>one position (step-through chapters), else next / previous chapter</source>
        <translation>una posición (capítulos paso a paso), si no, capítulo siguiente / anterior</translation>
    </message>
    <message>
        <source>play / pause the chapter&apos;s animation (else next chapter)</source>
        <translation>reproducir / pausar la animación del capítulo (si no, capítulo siguiente)</translation>
    </message>
    <message>
        <source>replay the animation</source>
        <translation>repetir la animación</translation>
    </message>
    <message>
        <source>first / last chapter</source>
        <translation>primer / último capítulo</translation>
    </message>
    <message>
        <source>leave the tour</source>
        <translation>salir de la visita</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Shared vs untied</source>
        <translation>Compartido vs. no compartido</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>{mode}: keys</source>
        <translation>{mode}: teclas</translation>
    </message>
    <message>
        <source>? or Esc closes this</source>
        <translation>? o Esc cierra esta ayuda</translation>
    </message>
</context>
<context>
    <name>LayerWords</name>
    <message>
        <source>{k}×{k} filter</source>
        <translation>filtro de {k}×{k}</translation>
    </message>
    <message>
        <source>{name} padding</source>
        <translation>relleno {name}</translation>
    </message>
    <message>
        <source>padding {p}</source>
        <translation>relleno {p}</translation>
    </message>
    <message>
        <source>stride {s}</source>
        <translation>desplazamiento {s}</translation>
    </message>
    <message>
        <source>cnnviz: one shared {size} filter learning — {label}</source>
        <translation>cnnviz: un filtro compartido de {size} aprendiendo — {label}</translation>
    </message>
</context>
<context>
    <name>LessonSettings</name>
    <message>
        <source>Setting not changed</source>
        <translation>Ajuste no cambiado</translation>
    </message>
    <message>
        <source>Layer not changed</source>
        <translation>Capa no cambiada</translation>
    </message>
    <message>
        <source>New lesson from step 0: {layer}, output {ho}×{wo}, {params} parameters; learning rate {lr} (this layer&apos;s default)</source>
        <translation>Nueva lección desde el paso 0: {layer}, salida {ho}×{wo}, {params} parámetros; tasa de aprendizaje {lr} (la predeterminada de esta capa)</translation>
    </message>
    <message>
        <source>these images are grey and their file is not at hand: open a colour image or choose a sample first</source>
        <translation>estas imágenes son grises y su archivo no está disponible: abre primero una imagen en color o elige un ejemplo</translation>
    </message>
    <message>
        <source>Image not changed</source>
        <translation>Imagen no cambiada</translation>
    </message>
    <message>
        <source>learning rate {text} is not a number from {low} to {high}; it stays {lr}</source>
        <translation>la tasa de aprendizaje {text} no es un número de {low} a {high}; se mantiene {lr}</translation>
    </message>
    <message>
        <source>Kernel not changed</source>
        <translation>Kernel no cambiado</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>The loss L = Σ (y − T)² (or its mean) before each update, on a log scale.</source>
        <translation>La pérdida L = Σ (y − T)² (o su media) antes de cada actualización, en escala logarítmica.</translation>
    </message>
    <message>
        <source>Loss L (log scale), mean of squared errors</source>
        <translation>Pérdida L (escala log.), media de los errores al cuadrado</translation>
    </message>
    <message>
        <source>Loss L (log scale), sum of squared errors</source>
        <translation>Pérdida L (escala log.), suma de los errores al cuadrado</translation>
    </message>
    <message>
        <source>step {step}: L = &lt;b&gt;{loss}&lt;/b&gt;</source>
        <translation>paso {step}: L = &lt;b&gt;{loss}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The loss {formula} before each update, on a log scale.</source>
        <translation>La pérdida {formula} antes de cada actualización, en escala logarítmica.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cnnviz: error: cannot write screenshot {path}</source>
        <translation>cnnviz: error: no se puede escribir la captura {path}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open Image…</source>
        <translation>Abrir imagen…</translation>
    </message>
    <message>
        <source>Open Folder as Batch…</source>
        <translation>Abrir carpeta como lote…</translation>
    </message>
    <message>
        <source>Open Lesson…</source>
        <translation>Abrir lección…</translation>
    </message>
    <message>
        <source>Open a saved lesson: image, settings, weights, optimizer state and history</source>
        <translation>Abrir una lección guardada: imagen, ajustes, pesos, estado del optimizador e historial</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Save everything to continue later</source>
        <translation>Guardar todo para continuar más tarde</translation>
    </message>
    <message>
        <source>Save Lesson As…</source>
        <translation>Guardar lección como…</translation>
    </message>
    <message>
        <source>Export History as CSV…</source>
        <translation>Exportar historial como CSV…</translation>
    </message>
    <message>
        <source>Loss, weights and gradient buffer per recorded step, for spreadsheets</source>
        <translation>Pérdida, pesos y búfer de gradiente por paso registrado, para hojas de cálculo</translation>
    </message>
    <message>
        <source>Export Tour as Slides…</source>
        <translation>Exportar visita como diapositivas…</translation>
    </message>
    <message>
        <source>The guided tour as a 16:9 PDF (one page per chapter) or a folder of 1920x1080 PNGs</source>
        <translation>La visita guiada como PDF 16:9 (una página por capítulo) o una carpeta de PNG de 1920x1080</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <source>Play / Pause</source>
        <translation>Reproducir / Pausa</translation>
    </message>
    <message>
        <source>Step One Update (step-through: forward)</source>
        <translation>Una actualización (paso a paso: adelante)</translation>
    </message>
    <message>
        <source>Reset to Same Start</source>
        <translation>Reiniciar al mismo inicio</translation>
    </message>
    <message>
        <source>New Random Start</source>
        <translation>Nuevo inicio aleatorio</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Take back the last reset, new start, new image or settings change</source>
        <translation>Deshacer el último reinicio, nuevo inicio, nueva imagen o cambio de ajustes</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>More updates per second (also in presenter mode)</source>
        <translation>Más actualizaciones por segundo (también en modo presentación)</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Step Through Backprop</source>
        <translation>Retropropagación paso a paso</translation>
    </message>
    <message>
        <source>Leave Step-Through or Comparison</source>
        <translation>Salir del paso a paso o de la comparación</translation>
    </message>
    <message>
        <source>Check Gradient (step-through)</source>
        <translation>Comprobar gradiente (paso a paso)</translation>
    </message>
    <message>
        <source>Compare Shared vs Untied</source>
        <translation>Comparar compartido vs. no compartido</translation>
    </message>
    <message>
        <source>Train the shared filter (10 parameters) next to one filter per position (9,000), then test both on an image they never saw</source>
        <translation>Entrenar el filtro compartido (10 parámetros) junto a un filtro por posición (9&#x202f;000), y luego probar ambos en una imagen que nunca vieron</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>Tema claro</translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, large text, only play, step and speed: for the classroom</source>
        <translation>Pantalla completa, texto grande, solo reproducir, paso y velocidad: para el aula</translation>
    </message>
    <message>
        <source>Guided Tour</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source>The lesson as chapters: PageDown / PageUp (or → / ←, Space) to move, Esc to leave</source>
        <translation>La lección en capítulos: PageDown / PageUp (o → / ←, Space) para avanzar, Esc para salir</translation>
    </message>
    <message>
        <source>Keys for What Is On</source>
        <translation>Teclas del modo actual</translation>
    </message>
    <message>
        <source>The keys of the mode that is on (tour, step-through, comparison or training)</source>
        <translation>Las teclas del modo activo (visita, paso a paso, comparación o entrenamiento)</translation>
    </message>
    <message>
        <source>Colormap for Signed Values</source>
        <translation>Mapa de colores para valores con signo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About the Lesson</source>
        <translation>Acerca de la lección</translation>
    </message>
    <message>
        <source>Check My Backprop…</source>
        <translation>Comprobar mi retropropagación…</translation>
    </message>
    <message>
        <source>Run your own backward pass (a .py file or a notebook) on the lesson&apos;s data and name the bug</source>
        <translation>Ejecutar tu propia pasada hacia atrás (un archivo .py o un cuaderno) con los datos de la lección y nombrar el error</translation>
    </message>
    <message>
        <source>About the lesson</source>
        <translation>Acerca de la lección</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;One shared filter.&lt;/b&gt; The same 9 weights and 1 bias are used at every position of the image. Backprop runs at each position and every position&apos;s contribution is &lt;i&gt;added&lt;/i&gt; into one 10-value gradient buffer; the summed buffer is then applied once.&lt;/p&gt;&lt;p&gt;Sum or mean only rescales the learning rate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Un filtro compartido.&lt;/b&gt; Los mismos 9 pesos y 1 sesgo se usan en cada posición de la imagen. La retropropagación se ejecuta en cada posición y la contribución de cada posición se &lt;i&gt;suma&lt;/i&gt; en un búfer de gradiente de 10 valores; el búfer sumado se aplica después una sola vez.&lt;/p&gt;&lt;p&gt;Suma o media solo reescalan la tasa de aprendizaje.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System Language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>The window will be in {language} when cnnviz starts again.</source>
        <translation>La ventana estará en {language} la próxima vez que se inicie cnnviz.</translation>
    </message>
</context>
<context>
    <name>MosaicPanel</name>
    <message>
        <source>The untied layer: one 3×3 filter per output position, each tile one position&apos;s own filter. Hover a cell to read which position and weight it is.</source>
        <translation>La capa no compartida: un filtro de 3×3 por posición de salida, cada tesela el filtro propio de una posición. Pasa el ratón por una celda para leer qué posición y qué peso es.</translation>
    </message>
    <message>
        <source>position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>posición ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>position ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;, its own bias = {bias}</source>
        <translation>posición ({i}, {j}): {name} = &lt;b&gt;{value}&lt;/b&gt;, su propio sesgo = {bias}</translation>
    </message>
    <message>
        <source>hover a tile to read its position and weight</source>
        <translation>pasa el ratón por una tesela para leer su posición y peso</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>The output map: the same 3x3 filter and bias applied at every position. Hover a cell to outline the input pixels it was computed from.</source>
        <translation>El mapa de salida: el mismo filtro de 3x3 y sesgo aplicados en cada posición. Pasa el ratón por una celda para marcar los píxeles de entrada a partir de los que se calculó.</translation>
    </message>
    <message>
        <source>Output map y = w ★ x + b ({size})</source>
        <translation>Mapa de salida y = w ★ x + b ({size})</translation>
    </message>
    <message>
        <source>Output map y = w ★ x + b after {activation} ({size})</source>
        <translation>Mapa de salida y = w ★ x + b tras {activation} ({size})</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>row {row}, col {col}: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>fila {row}, col. {col}: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>hover a cell to read its value</source>
        <translation>pasa el ratón por una celda para leer su valor</translation>
    </message>
    <message>
        <source>· hover a cell for its number</source>
        <translation>· pasa el ratón por una celda para ver su número</translation>
    </message>
    <message>
        <source>{channel}, row {row}, col {col}: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>{channel}, fila {row}, col. {col}: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ParamsCard</name>
    <message>
        <source>({weights} weights + 1 bias), shared by all {positions} positions</source>
        <translation>({weights} pesos + 1 sesgo), compartidos por las {positions} posiciones</translation>
    </message>
    <message>
        <source>({weights} weights + 1 bias), shared by all {total} positions ({n} images × {positions})</source>
        <translation>({weights} pesos + 1 sesgo), compartidos por las {total} posiciones ({n} imágenes × {positions})</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} parámetros</translation>
    </message>
    <message>
        <source>A dense layer from {inputs} to {outputs} would need</source>
        <translation>Una capa densa de {inputs} a {outputs} necesitaría</translation>
    </message>
    <message>
        <source>({inputs} × {outputs} weights + {outputs} biases)</source>
        <translation>({inputs} × {outputs} pesos + {outputs} sesgos)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>settings file {path} is damaged; using the defaults (it will be rewritten)</source>
        <translation>el archivo de ajustes {path} está dañado; se usan los valores predeterminados (se reescribirá)</translation>
    </message>
    <message>
        <source>cnnviz: warning: {message}</source>
        <translation>cnnviz: aviso: {message}</translation>
    </message>
    <message>
        <source>setting {key}={value} is not valid; using {default}</source>
        <translation>el ajuste {key}={value} no es válido; se usa {default}</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Slower (−)</source>
        <translation>Más lento (−)</translation>
    </message>
    <message>
        <source>Faster (+)</source>
        <translation>Más rápido (+)</translation>
    </message>
    <message>
        <source>F11 leaves presenter mode</source>
        <translation>F11 sale del modo presentación</translation>
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
        <translation>paso {step} · época {epoch} · pérdida {loss} · {rate} pasos/s · en marcha</translation>
    </message>
    <message>
        <source>step {step} · epoch {epoch} · loss {loss} · {rate} steps/s · paused</source>
        <translation>paso {step} · época {epoch} · pérdida {loss} · {rate} pasos/s · en pausa</translation>
    </message>
</context>
<context>
    <name>StepThroughMode</name>
    <message>
        <source>Step-through not started</source>
        <translation>Paso a paso no iniciado</translation>
    </message>
    <message>
        <source>Tracing the backward pass at every position…</source>
        <translation>Trazando la pasada hacia atrás en cada posición…</translation>
    </message>
    <message>
        <source>Step-through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Tracing the backward pass again…</source>
        <translation>Trazando de nuevo la pasada hacia atrás…</translation>
    </message>
    <message>
        <source>Update not applied</source>
        <translation>Actualización no aplicada</translation>
    </message>
    <message>
        <source>Applying the update and tracing the next pass…</source>
        <translation>Aplicando la actualización y trazando la siguiente pasada…</translation>
    </message>
    <message>
        <source>overwritten after {count} of {P} positions</source>
        <translation>sobrescrito tras {count} de {P} posiciones</translation>
    </message>
    <message>
        <source>running sum after {count} of {P} positions</source>
        <translation>suma parcial tras {count} de {P} posiciones</translation>
    </message>
    <message>
        <source>, after {count} of {P} positions</source>
        <translation>, tras {count} de {P} posiciones</translation>
    </message>
</context>
<context>
    <name>StepThroughPanel</name>
    <message>
        <source>target T = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>objetivo T = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>({loss} over {positions} positions)</source>
        <translation>({loss} sobre {positions} posiciones)</translation>
    </message>
    <message>
        <source>{total} ({n} images × {per_image})</source>
        <translation>{total} ({n} imágenes × {per_image})</translation>
    </message>
    <message>
        <source>The update: v ← μv + buffer (μ = {momentum}), then w ← w − lr·v (lr = {lr}), once for each of the {n} parameters (table: “old v” is the velocity before this update).</source>
        <translation>La actualización: v ← μv + búfer (μ = {momentum}), luego w ← w − lr·v (lr = {lr}), una vez para cada uno de los {n} parámetros (tabla: «v anterior» es la velocidad antes de esta actualización).</translation>
    </message>
    <message>
        <source>The update: w ← w − lr × buffer (lr = {lr}), once for each of the {n} parameters (table).</source>
        <translation>La actualización: w ← w − lr × búfer (lr = {lr}), una vez para cada uno de los {n} parámetros (tabla).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass complete:&lt;/b&gt; &lt;span style=&apos;color:#D55E00&apos;&gt;each of the {positions} positions overwrote the buffer (the bug), so it holds only the last one&apos;s contribution.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Pasada completa:&lt;/b&gt; &lt;span style=&apos;color:#D55E00&apos;&gt;cada una de las {positions} posiciones sobrescribió el búfer (el error), así que solo contiene la contribución de la última.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pass complete:&lt;/b&gt; all {positions} positions added into the buffer.</source>
        <translation>&lt;b&gt;Pasada completa:&lt;/b&gt; las {positions} posiciones se sumaron al búfer.</translation>
    </message>
    <message>
        <source>Patch {x}: {n} of {k2} are padding (0)</source>
        <translation>Parche {x}: {n} de {k2} son relleno (0)</translation>
    </message>
    <message>
        <source>Patch {x}</source>
        <translation>Parche {x}</translation>
    </message>
    <message>
        <source>Untied, R | G | B: each position&apos;s gradient in its own tiles ({filled} of {tiles} filled in; each tile sums its position over the {n} images: {count} of {P} added)</source>
        <translation>No compartido, R | G | B: el gradiente de cada posición en sus propias teselas ({filled} de {tiles} rellenas; cada tesela suma su posición sobre las {n} imágenes: {count} de {P} sumadas)</translation>
    </message>
    <message>
        <source>Untied: each position&apos;s gradient in its own tile ({filled} of {tiles} filled in; each tile sums its position over the {n} images: {count} of {P} added)</source>
        <translation>No compartido: el gradiente de cada posición en su propia tesela ({filled} de {tiles} rellenas; cada tesela suma su posición sobre las {n} imágenes: {count} de {P} sumadas)</translation>
    </message>
    <message>
        <source>Untied, R | G | B: each position&apos;s gradient in its own tiles ({filled} of {tiles} filled in)</source>
        <translation>No compartido, R | G | B: el gradiente de cada posición en sus propias teselas ({filled} de {tiles} rellenas)</translation>
    </message>
    <message>
        <source>Untied: each position&apos;s gradient in its own tile ({filled} of {tiles} filled in)</source>
        <translation>No compartido: el gradiente de cada posición en su propia tesela ({filled} de {tiles} rellenas)</translation>
    </message>
    <message>
        <source>one position</source>
        <translation>una posición</translation>
    </message>
    <message>
        <source>one row of positions</source>
        <translation>una fila de posiciones</translation>
    </message>
    <message>
        <source>the whole pass</source>
        <translation>la pasada entera</translation>
    </message>
    <message>
        <source>the update</source>
        <translation>la actualización</translation>
    </message>
    <message>
        <source>one epoch</source>
        <translation>una época</translation>
    </message>
    <message>
        <source>The 3x3 input pixels under the filter at this position (its receptive field).</source>
        <translation>Los 3x3 píxeles de entrada bajo el filtro en esta posición (su campo receptivo).</translation>
    </message>
    <message>
        <source>This position&apos;s contribution δ · patch: ADDED into the gradient buffer.</source>
        <translation>La contribución de esta posición δ · parche: SUMADA al búfer de gradiente.</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s 9 pixels.</source>
        <translation>Los deltas de entrada de esta posición δ · w: SUMADOS a ∂L/∂x en los 9 píxeles del parche.</translation>
    </message>
    <message>
        <source>One weight&apos;s contribution from each position so far; the map sums to its buffer value.</source>
        <translation>La contribución de cada posición hasta ahora a un peso; el mapa suma su valor en el búfer.</translation>
    </message>
    <message>
        <source>If every position had its own filter (untied), position p&apos;s gradient δ·patch would stay in its own tile. Stepping one position adds only into that position&apos;s tile (with a batch, the same position in every image adds into the same tile).</source>
        <translation>Si cada posición tuviera su propio filtro (no compartido), el gradiente δ·parche de la posición p se quedaría en su propia tesela. Avanzar una posición solo suma en la tesela de esa posición (con un lote, la misma posición de cada imagen suma en la misma tesela).</translation>
    </message>
    <message>
        <source>position ({i}, {j}), {channel}: {name} = &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>posición ({i}, {j}), {channel}: {name} = &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All the tiles added up: exactly the shared buffer. Weight sharing = summing the tiles.</source>
        <translation>Todas las teselas sumadas: exactamente el búfer compartido. Compartir pesos = sumar las teselas.</translation>
    </message>
    <message>
        <source>Positions added into the buffer so far, of P, in raster order (row by row, left to right). The position is counted from 1; rows and cols from 0, as on the maps&apos; axes.</source>
        <translation>Posiciones sumadas al búfer hasta ahora, de P, en orden de barrido (fila a fila, de izquierda a derecha). La posición se cuenta desde 1; filas y columnas desde 0, como en los ejes de los mapas.</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Back one step (Left): exact, read from the recorded pass</source>
        <translation>Un paso atrás (Left): exacto, leído de la pasada grabada</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Adelante ▶</translation>
    </message>
    <message>
        <source>Forward one step (Right)</source>
        <translation>Un paso adelante (Right)</translation>
    </message>
    <message>
        <source>|◀ Start</source>
        <translation>|◀ Inicio</translation>
    </message>
    <message>
        <source>Start of the pass: nothing added yet (Home)</source>
        <translation>Inicio de la pasada: aún no se ha sumado nada (Home)</translation>
    </message>
    <message>
        <source>End ▶|</source>
        <translation>Fin ▶|</translation>
    </message>
    <message>
        <source>End of the pass: all positions added (End)</source>
        <translation>Fin de la pasada: todas las posiciones sumadas (End)</translation>
    </message>
    <message>
        <source>How far Back/Forward (Left/Right) move</source>
        <translation>Cuánto avanzan Atrás/Adelante (Left/Right)</translation>
    </message>
    <message>
        <source>Overwrite instead of add (bug)</source>
        <translation>Sobrescribir en vez de sumar (error)</translation>
    </message>
    <message>
        <source>A deliberate bug: the buffer keeps only the last position&apos;s contribution</source>
        <translation>Un error deliberado: el búfer conserva solo la contribución de la última posición</translation>
    </message>
    <message>
        <source>Check gradient</source>
        <translation>Comprobar gradiente</translation>
    </message>
    <message>
        <source>Compare the full-pass buffer (all P positions, whatever the position shown) with central finite differences of the loss (G)</source>
        <translation>Comparar el búfer de la pasada completa (las P posiciones, sea cual sea la posición mostrada) con diferencias finitas centrales de la pérdida (G)</translation>
    </message>
    <message>
        <source>Exit step-through</source>
        <translation>Salir del paso a paso</translation>
    </message>
    <message>
        <source>Back to training (B or Esc)</source>
        <translation>Volver al entrenamiento (B o Esc)</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <source>Scrub through the positions 0..P</source>
        <translation>Recorrer las posiciones 0..P</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>búfer</translation>
    </message>
    <message>
        <source>w − lr × buffer</source>
        <translation>w − lr × búfer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>full-pass buffer</source>
        <translation>búfer de la pasada</translation>
    </message>
    <message>
        <source>finite difference</source>
        <translation>diferencia finita</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>error relativo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Hover a weight in the filter or buffer</source>
        <translation>Pasa el ratón por un peso del filtro o del búfer</translation>
    </message>
    <message>
        <source>One weight</source>
        <translation>Un peso</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>Train 300 steps both ways: sum vs overwrite</source>
        <translation>Entrenar 300 pasos de las dos maneras: suma vs. sobrescritura</translation>
    </message>
    <message>
        <source>Add/overwrite</source>
        <translation>Sumar/sobrescr.</translation>
    </message>
    <message>
        <source>Untied</source>
        <translation>No compartido</translation>
    </message>
    <message>
        <source>The update, applied once after the whole pass</source>
        <translation>La actualización, aplicada una vez tras la pasada entera</translation>
    </message>
    <message>
        <source>Gradient check: the full-pass buffer against finite differences (G)</source>
        <translation>Comprobación del gradiente: el búfer de la pasada completa frente a diferencias finitas (G)</translation>
    </message>
    <message>
        <source>One weight&apos;s contribution map (hover a weight)</source>
        <translation>Mapa de contribuciones de un peso (pasa el ratón por un peso)</translation>
    </message>
    <message>
        <source>Add vs overwrite: train both ways</source>
        <translation>Sumar vs. sobrescribir: entrenar de las dos maneras</translation>
    </message>
    <message>
        <source>Untied view: each position&apos;s gradient in its own tile (colour: R | G | B mosaics)</source>
        <translation>Vista no compartida: el gradiente de cada posición en su propia tesela (color: mosaicos R | G | B)</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Patch x (no position yet)</source>
        <translation>Parche x (aún ninguna posición)</translation>
    </message>
    <message>
        <source>δ · patch → buffer</source>
        <translation>δ · parche → búfer</translation>
    </message>
    <message>
        <source>δ · w → ∂L/∂x</source>
        <translation>δ · w → ∂L/∂x</translation>
    </message>
    <message>
        <source>Press &lt;b&gt;Right&lt;/b&gt; to run backprop at the first position and add its contribution into the buffer.</source>
        <translation>Pulsa &lt;b&gt;Right&lt;/b&gt; (flecha derecha) para ejecutar la retropropagación en la primera posición y sumar su contribución al búfer.</translation>
    </message>
    <message>
        <source>No position added yet: the buffer is all zeros.</source>
        <translation>Aún no se ha sumado ninguna posición: el búfer es todo ceros.</translation>
    </message>
    <message>
        <source>δ · patch → replaces the buffer (the bug)</source>
        <translation>δ · parche → reemplaza el búfer (el error)</translation>
    </message>
    <message>
        <source>δ · patch → added into the buffer</source>
        <translation>δ · parche → sumado al búfer</translation>
    </message>
    <message>
        <source>δ for the bias: &lt;b&gt;{value}&lt;/b&gt; · the padding&apos;s cells add 0</source>
        <translation>δ para el sesgo: &lt;b&gt;{value}&lt;/b&gt; · las celdas del relleno suman 0</translation>
    </message>
    <message>
        <source>δ for the bias: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>δ para el sesgo: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>δ · w → added into ∂L/∂x</source>
        <translation>δ · w → sumado a ∂L/∂x</translation>
    </message>
    <message>
        <source>only the cells inside the dashed edge: the padding is not an input</source>
        <translation>solo las celdas dentro del borde discontinuo: el relleno no es una entrada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overwrite bug on:&lt;/b&gt; the buffer now holds only this position&apos;s contribution.</source>
        <translation>&lt;b&gt;Error de sobrescritura activado:&lt;/b&gt; el búfer contiene ahora solo la contribución de esta posición.</translation>
    </message>
    <message>
        <source>The gradient buffer is the sum of every contribution so far: same {n} parameters, gradients just &lt;b&gt;add&lt;/b&gt;.</source>
        <translation>El búfer de gradiente es la suma de todas las contribuciones hasta ahora: los mismos {n} parámetros, los gradientes simplemente se &lt;b&gt;suman&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The {size} input values under the filter at this position (its receptive field), the filter&apos;s 1 pixel on from the last one&apos;s.</source>
        <translation>Los {size} valores de entrada bajo el filtro en esta posición (su campo receptivo), 1 píxel más allá que en la anterior.</translation>
    </message>
    <message>
        <source>The {size} input values under the filter at this position (its receptive field), the filter&apos;s {s} pixels on from the last one&apos;s.</source>
        <translation>Los {size} valores de entrada bajo el filtro en esta posición (su campo receptivo), {s} píxeles más allá que en la anterior.</translation>
    </message>
    <message>
        <source>Cells outside the dashed edge lie on the padding&apos;s border: zeros, not pixels.</source>
        <translation>Las celdas fuera del borde discontinuo están en el borde del relleno: ceros, no píxeles.</translation>
    </message>
    <message>
        <source>One grid per channel: R, G, B.</source>
        <translation>Una cuadrícula por canal: R, G, B.</translation>
    </message>
    <message>
        <source>The padding&apos;s zeros add 0.</source>
        <translation>Los ceros del relleno suman 0.</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s {n} input values on the image (the padding&apos;s cells are not inputs: dropped).</source>
        <translation>Los deltas de entrada de esta posición δ · w: SUMADOS a ∂L/∂x en los {n} valores de entrada del parche que están en la imagen (las celdas del relleno no son entradas: se descartan).</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s {n} input values.</source>
        <translation>Los deltas de entrada de esta posición δ · w: SUMADOS a ∂L/∂x en los {n} valores de entrada del parche.</translation>
    </message>
    <message>
        <source>old v</source>
        <translation>v anterior</translation>
    </message>
    <message>
        <source>μv + buffer</source>
        <translation>μv + búfer</translation>
    </message>
    <message>
        <source>The update is applied once, after all {positions} positions have added their contribution.</source>
        <translation>La actualización se aplica una vez, después de que las {positions} posiciones hayan sumado su contribución.</translation>
    </message>
    <message>
        <source>Press End, then → to apply it.</source>
        <translation>Pulsa End y luego → para aplicarla.</translation>
    </message>
    <message>
        <source>Sum of all tiles = the shared buffer</source>
        <translation>Suma de todas las teselas = el búfer compartido</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overwrite bug on:&lt;/b&gt; the buffer is NOT this sum</source>
        <translation>&lt;b&gt;Error de sobrescritura activado:&lt;/b&gt; el búfer NO es esta suma</translation>
    </message>
    <message>
        <source>= the buffer ∂L/∂w above</source>
        <translation>= el búfer ∂L/∂w de arriba</translation>
    </message>
    <message>
        <source>The full-pass buffer with the overwrite bug (position {P}&apos;s contribution alone, not a sum) against central finite differences of the loss.</source>
        <translation>El búfer de la pasada completa con el error de sobrescritura (solo la contribución de la posición {P}, no una suma) frente a diferencias finitas centrales de la pérdida.</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all positions, against central finite differences of the loss.</source>
        <translation>El búfer de la pasada completa, sumado sobre todas las posiciones, frente a diferencias finitas centrales de la pérdida.</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all {positions} positions (the buffer shown above is the running sum after {count} of them), against central finite differences of the loss.</source>
        <translation>El búfer de la pasada completa, sumado sobre las {positions} posiciones (el búfer de arriba es la suma parcial tras {count} de ellas), frente a diferencias finitas centrales de la pérdida.</translation>
    </message>
    <message>
        <source>The full-pass buffer, summed over all {positions} positions, against central finite differences of the loss.</source>
        <translation>El búfer de la pasada completa, sumado sobre las {positions} posiciones, frente a diferencias finitas centrales de la pérdida.</translation>
    </message>
    <message>
        <source>Contribution of {name} at each position of image {i} of {n}</source>
        <translation>Contribución de {name} en cada posición de la imagen {i} de {n}</translation>
    </message>
    <message>
        <source>this image&apos;s map sums to &lt;b&gt;{sum}&lt;/b&gt;; the maps of all {n} images sum to the buffer value &lt;b&gt;{buffer}&lt;/b&gt;</source>
        <translation>el mapa de esta imagen suma &lt;b&gt;{sum}&lt;/b&gt;; los mapas de las {n} imágenes suman el valor del búfer &lt;b&gt;{buffer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Contribution of {name} at each position</source>
        <translation>Contribución de {name} en cada posición</translation>
    </message>
    <message>
        <source>sum of the map = &lt;b&gt;{sum}&lt;/b&gt; = buffer value &lt;b&gt;{buffer}&lt;/b&gt;</source>
        <translation>suma del mapa = &lt;b&gt;{sum}&lt;/b&gt; = valor del búfer &lt;b&gt;{buffer}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>add (correct)</source>
        <translation>sumar (correcto)</translation>
    </message>
    <message>
        <source>overwrite (bug)</source>
        <translation>sobrescribir (error)</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>The target map T: the target kernel (e.g. Sobel-x) slid over the input. Training makes the output map match it. Same colour scale as the output map.</source>
        <translation>El mapa objetivo T: el kernel objetivo (p. ej. Sobel-x) deslizado sobre la entrada. El entrenamiento hace que el mapa de salida coincida con él. Misma escala de color que el mapa de salida.</translation>
    </message>
    <message>
        <source>typed {k}×{k}</source>
        <translation>escrito {k}×{k}</translation>
    </message>
    <message>
        <source>Target map T ({name}, {size})</source>
        <translation>Mapa objetivo T ({name}, {size})</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>The 9 weights and the bias after each update. Dashed lines: the target kernel&apos;s values (and 0 for the bias), where the solid lines should end up.</source>
        <translation>Los 9 pesos y el sesgo tras cada actualización. Líneas discontinuas: los valores del kernel objetivo (y 0 para el sesgo), donde deberían terminar las líneas continuas.</translation>
    </message>
    <message>
        <source>{channel} weights</source>
        <translation>pesos {channel}</translation>
    </message>
    <message>
        <source>{n} weights (colours repeat every 9)</source>
        <translation>{n} pesos (los colores se repiten cada 9)</translation>
    </message>
    <message>
        <source>Weights over steps ({n} weights + bias; dashed: target kernel)</source>
        <translation>Pesos a lo largo de los pasos ({n} pesos + sesgo; discontinuo: kernel objetivo)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>the settings change</source>
        <translation>el cambio de ajustes</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nada que deshacer</translation>
    </message>
    <message>
        <source>leave the tour to undo</source>
        <translation>sal de la visita guiada para deshacer</translation>
    </message>
    <message>
        <source>undone: {what} ({n} more can be undone)</source>
        <translation>deshecho: {what} (se pueden deshacer {n} más)</translation>
    </message>
    <message>
        <source>the reset</source>
        <translation>el reinicio</translation>
    </message>
    <message>
        <source>the new start</source>
        <translation>el nuevo inicio</translation>
    </message>
    <message>
        <source>the new image</source>
        <translation>la nueva imagen</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>the training thread did not answer; try again</source>
        <translation>el hilo de entrenamiento no respondió; inténtalo de nuevo</translation>
    </message>
    <message>
        <source>learning rate lowered from {old} to {new}: the old one would diverge on this image</source>
        <translation>tasa de aprendizaje reducida de {old} a {new}: la anterior divergiría con esta imagen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Training paused: the loss overflowed</source>
        <translation>Entrenamiento en pausa: la pérdida se desbordó</translation>
    </message>
    <message>
        <source>step {step}   loss {loss}</source>
        <translation>paso {step}   pérdida {loss}</translation>
    </message>
</context>
</TS>
