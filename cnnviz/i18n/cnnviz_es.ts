<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accessibility</name>
    <message>
        <source>Input image</source>
        <translation>Imagen de entrada</translation>
    </message>
    <message>
        <source>Target map</source>
        <translation>Mapa objetivo</translation>
    </message>
    <message>
        <source>Output map</source>
        <translation>Mapa de salida</translation>
    </message>
    <message>
        <source>Error map</source>
        <translation>Mapa de error</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Gradient buffer</source>
        <translation>Búfer de gradiente</translation>
    </message>
    <message>
        <source>Input gradient</source>
        <translation>Gradiente de la entrada</translation>
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
        <source>Untied gradients</source>
        <translation>Gradientes no compartidos</translation>
    </message>
    <message>
        <source>Sum of the tiles</source>
        <translation>Suma de los mosaicos</translation>
    </message>
    <message>
        <source>{name}: {channels} channels of {k} by {k}, largest {value} at {channel}, row {row}, column {col}</source>
        <translation>{name}: {channels} canales de {k} por {k}, el mayor {value} en {channel}, fila {row}, columna {col}</translation>
    </message>
    <message>
        <source>{name}: {k} by {k}, largest {value} at row {row}, column {col}</source>
        <translation>{name}: {k} por {k}, el mayor {value} en la fila {row}, columna {col}</translation>
    </message>
    <message>
        <source>{name}: {rows} by {cols}, largest {value} at row {row}, column {col}</source>
        <translation>{name}: {rows} por {cols}, el mayor {value} en la fila {row}, columna {col}</translation>
    </message>
    <message>
        <source>{name}, row {row}, column {col}: {value}</source>
        <translation>{name}, fila {row}, columna {col}: {value}</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Kernel typed as rows</source>
        <translation>Kernel escrito por filas</translation>
    </message>
    <message>
        <source>Reduce Motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Animations (the tour&apos;s chapters, the pass playing) jump to their end in one step</source>
        <translation>Las animaciones (los capítulos de la visita, la pasada en reproducción) saltan a su final en un solo paso</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>Activations</name>
    <message>
        <source>unknown activation {name}; choose one of {choices}</source>
        <translation>activación desconocida {name}; elige una de {choices}</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un valor</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s valor</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s valores</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
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
        <translation>El búfer de gradiente: una suma de 3x3. La retropropagación se ejecuta en cada posición y el δ·patch de cada posición se SUMA aquí; el búfer sumado se aplica una vez por actualización.</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum per colour channel (R, G, B). Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>El búfer de gradiente: una suma de {k}x{k} por canal de color (R, G, B). La retropropagación se ejecuta en cada posición y el δ·patch de cada posición se SUMA aquí; el búfer sumado se aplica una vez por actualización.</translation>
    </message>
    <message>
        <source>The gradient buffer: one {k}x{k} sum. Backprop runs at every position and each position&apos;s δ·patch is ADDED here; the summed buffer is applied once per update.</source>
        <translation>El búfer de gradiente: una suma de {k}x{k}. La retropropagación se ejecuta en cada posición y el δ·patch de cada posición se SUMA aquí; el búfer sumado se aplica una vez por actualización.</translation>
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
    <name>Captions</name>
    <message>
        <source>Laplacian</source>
        <translation>laplaciano</translation>
    </message>
    <message>
        <source>box blur</source>
        <translation>desenfoque de caja</translation>
    </message>
    <message>
        <source>sharpen</source>
        <translation>enfoque</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source> (a condition needs a &apos;:&apos; and its sentence)</source>
        <translation> (una condición necesita &apos;:&apos; y su frase)</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}{hint}; the facts are listed in tour.toml</source>
        <translation>marcador desconocido {placeholder}{hint}; los datos están en tour.toml</translation>
    </message>
    <message>
        <source>unknown condition {condition}; use one of {names}</source>
        <translation>condición desconocida {condition}; usar una de {names}</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} y {b}</translation>
    </message>
    <message>
        <source>identity and an activation</source>
        <translation>identity y una activación</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>(escrito)</translation>
    </message>
    <message>
        <source>(typed kernel)</source>
        <translation>(kernel escrito)</translation>
    </message>
    <message>
        <source>luminance(patch)</source>
        <translation>luminancia(patch)</translation>
    </message>
    <message>
        <source>v ← μv + buffer, then w ← w − lr·v</source>
        <translation>v ← μv + buffer, luego w ← w − lr·v</translation>
    </message>
    <message>
        <source>one colour (R, G, B) {size} image</source>
        <translation>una imagen en color (R, G, B) de {size}</translation>
    </message>
    <message>
        <source>one grayscale {size} image</source>
        <translation>una imagen en escala de grises de {size}</translation>
    </message>
    <message>
        <source>{N} colour (R, G, B) {size} images</source>
        <translation>{N} imágenes en color (R, G, B) de {size}</translation>
    </message>
    <message>
        <source>{N} grayscale {size} images</source>
        <translation>{N} imágenes en escala de grises de {size}</translation>
    </message>
    <message>
        <source>{P} ({N} images × {per_image})</source>
        <translation>{P} ({N} imágenes × {per_image})</translation>
    </message>
    <message>
        <source>a {close} with no {open} before it (write {twice} for a brace)</source>
        <translation>una {close} sin {open} antes (para una llave, escribir {twice})</translation>
    </message>
    <message>
        <source>{open} must start {fact} or {condition} (write {twice} for a brace)</source>
        <translation>{open} debe iniciar {fact} o {condition} (para una llave, escribir {twice})</translation>
    </message>
    <message>
        <source>{condition} is not closed with {close}</source>
        <translation>{condition} no se cierra con {close}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>plain SGD</source>
        <translation>SGD simple</translation>
    </message>
    <message>
        <source>{dx} px right and {dy} px down</source>
        <translation>{dx} px a la derecha y {dy} px hacia abajo</translation>
    </message>
</context>
<context>
    <name>CheckCli</name>
    <message>
        <source>Run your own convolution backward pass on the lesson&apos;s data and on probes, compare with the exact gradients and name the bug. Your code runs in a separate process.</source>
        <translation>Ejecuta tu propia pasada hacia atrás de la convolución con los datos de la lección y con pruebas, compárala con los gradientes exactos y nombra el error. Tu código se ejecuta en un proceso aparte.</translation>
    </message>
    <message>
        <source>Conventions ({conventions}) are recognised by the function&apos;s name. On a lesson with --stride or --padding the lesson&apos;s backward is called as backward(x, w, dy, stride=S, padding=P) (or pad=P).</source>
        <translation>Las convenciones ({conventions}) se reconocen por el nombre de la función. En una lección con --stride o --padding, el backward de la lección se llama como backward(x, w, dy, stride=S, padding=P) (o pad=P) (desplazamiento y relleno).</translation>
    </message>
    <message>
        <source>your Python file or Jupyter notebook (.ipynb)</source>
        <translation>tu archivo Python o cuaderno de Jupyter (.ipynb)</translation>
    </message>
    <message>
        <source>the function to check (default: the first of {names} found)</source>
        <translation>la función que se comprueba (por defecto: la primera que se encuentre de {names})</translation>
    </message>
    <message>
        <source>how the function is called (default: by its name)</source>
        <translation>cómo se llama la función (por defecto: según su nombre)</translation>
    </message>
    <message>
        <source>print one JSON object (in English, whatever the language)</source>
        <translation>imprimir un objeto JSON (en inglés, sea cual sea el idioma)</translation>
    </message>
    <message>
        <source>refuse to run your code unless it can be isolated (Linux with bubblewrap): for a teacher running a class&apos;s files</source>
        <translation>negarse a ejecutar tu código si no se puede aislar (Linux con bubblewrap): para un docente que ejecuta los archivos de una clase</translation>
    </message>
    <message>
        <source>seconds for loading your file, and again for the probes (default {seconds}); a slow call on bigger data gets more, by your code&apos;s speed on the smaller ones</source>
        <translation>segundos para cargar tu archivo, y otra vez para las pruebas (por defecto {seconds}); una llamada lenta con datos más grandes recibe más, según la velocidad de tu código con los más pequeños</translation>
    </message>
    <message>
        <source>check against a lesson with a K x K filter, 1 to 7 (default 3): w is (K, K)</source>
        <translation>comprobar con una lección con un filtro de K x K, de 1 a 7 (por defecto 3): w es (K, K)</translation>
    </message>
    <message>
        <source>check against a colour lesson: x is (3, H, W) and w (3, K, K), one output map</source>
        <translation>comprobar con una lección en color: x es (3, H, W) y w (3, K, K), un mapa de salida</translation>
    </message>
    <message>
        <source>still running your code ({what}), {seconds} s…</source>
        <translation>tu código sigue ejecutándose ({what}), {seconds} s…</translation>
    </message>
    <message>
        <source>still running your code (call {call} of {total}: {what}), {seconds} s…</source>
        <translation>tu código sigue ejecutándose (llamada {call} de {total}: {what}), {seconds} s…</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>incorrecto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error en el código</translation>
    </message>
    <message>
        <source>run on {count} calls: {probes}</source>
        <translation>ejecutado en {count} llamadas: {probes}</translation>
    </message>
    <message>
        <source>verdict: correct. {message}</source>
        <translation>veredicto: correcto. {message}</translation>
    </message>
    <message>
        <source>verdict: {verdict}  ({ids})</source>
        <translation>veredicto: {verdict}  ({ids})</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>evidencia: {evidence}</translation>
    </message>
    <message>
        <source>your dw</source>
        <translation>tu dw</translation>
    </message>
    <message>
        <source>true dw</source>
        <translation>dw verdadero</translation>
    </message>
    <message>
        <source>on the lesson&apos;s data (3 significant digits, wrong cells marked *):</source>
        <translation>con los datos de la lección (3 cifras significativas, celdas erróneas marcadas con *):</translation>
    </message>
    <message>
        <source>channel {channel}</source>
        <translation>canal {channel}</translation>
    </message>
    <message>
        <source>largest error on the lesson&apos;s data: {errors}</source>
        <translation>mayor error con los datos de la lección: {errors}</translation>
    </message>
    <message>
        <source>{notes}; and {count} more</source>
        <translation>{notes}; y {count} más</translation>
    </message>
    <message>
        <source>left out to run your file: {notes}</source>
        <translation>omitido para ejecutar tu archivo: {notes}</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>aislado</translation>
    </message>
    <message>
        <source>not isolated: {why}</source>
        <translation>no aislado: {why}</translation>
    </message>
    <message>
        <source>how your code ran: {how}</source>
        <translation>cómo se ejecutó tu código: {how}</translation>
    </message>
    <message>
        <source>your code printed (between the bars; not the checker&apos;s words):</source>
        <translation>tu código imprimió (entre las barras; no son palabras del verificador):</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>not comparable ({why})</source>
        <translation>no comparable ({why})</translation>
    </message>
    <message>
        <source>not returned</source>
        <translation>no devuelto</translation>
    </message>
</context>
<context>
    <name>CheckDiagnose</name>
    <message>
        <source>keeps only the last position&apos;s contribution</source>
        <translation>guarda solo la contribución de la última posición</translation>
    </message>
    <message>
        <source>keeps only the last image&apos;s sum</source>
        <translation>guarda solo la suma de la última imagen</translation>
    </message>
    <message>
        <source>leaves out the last row of positions (row {R})</source>
        <translation>omite la última fila de posiciones (fila {R})</translation>
    </message>
    <message>
        <source>leaves out the last column of positions (column {C})</source>
        <translation>omite la última columna de posiciones (columna {C})</translation>
    </message>
    <message>
        <source>leaves out the last row and the last column of positions (row {R}, column {C})</source>
        <translation>omite la última fila y la última columna de posiciones (fila {R}, columna {C})</translation>
    </message>
    <message>
        <source>leaves out the first row of positions (row 0)</source>
        <translation>omite la primera fila de posiciones (fila 0)</translation>
    </message>
    <message>
        <source>leaves out the first column of positions (column 0)</source>
        <translation>omite la primera columna de posiciones (columna 0)</translation>
    </message>
    <message>
        <source>leaves out the first row and the first column of positions</source>
        <translation>omite la primera fila y la primera columna de posiciones</translation>
    </message>
    <message>
        <source>counts twice the last row of positions (row {R})</source>
        <translation>cuenta dos veces la última fila de posiciones (fila {R})</translation>
    </message>
    <message>
        <source>counts twice the last column of positions (column {C})</source>
        <translation>cuenta dos veces la última columna de posiciones (columna {C})</translation>
    </message>
    <message>
        <source>counts twice the last row and the last column of positions (row {R}, column {C})</source>
        <translation>cuenta dos veces la última fila y la última columna de posiciones (fila {R}, columna {C})</translation>
    </message>
    <message>
        <source>counts twice the first row of positions (row 0)</source>
        <translation>cuenta dos veces la primera fila de posiciones (fila 0)</translation>
    </message>
    <message>
        <source>counts twice the first column of positions (column 0)</source>
        <translation>cuenta dos veces la primera columna de posiciones (columna 0)</translation>
    </message>
    <message>
        <source>counts twice the first row and the first column of positions</source>
        <translation>cuenta dos veces la primera fila y la primera columna de posiciones</translation>
    </message>
    <message>
        <source>uses windows one pixel apart although the stride is {S}</source>
        <translation>usa ventanas a un píxel de distancia aunque el desplazamiento es {S}</translation>
    </message>
    <message>
        <source>uses the kernel rotated 180°</source>
        <translation>usa el kernel girado 180°</translation>
    </message>
    <message>
        <source>is the true one rotated 180°</source>
        <translation>es el verdadero girado 180°</translation>
    </message>
    <message>
        <source>uses the kernel transposed</source>
        <translation>usa el kernel transpuesto</translation>
    </message>
    <message>
        <source>is the true one transposed</source>
        <translation>es el verdadero transpuesto</translation>
    </message>
    <message>
        <source>uses the kernel rotated 180° and transposed</source>
        <translation>usa el kernel girado 180° y transpuesto</translation>
    </message>
    <message>
        <source>is the true one rotated 180° and transposed</source>
        <translation>es el verdadero girado 180° y transpuesto</translation>
    </message>
    <message>
        <source>has the opposite sign</source>
        <translation>tiene el signo contrario</translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P})</source>
        <translation>está dividido por el número de posiciones ({P})</translation>
    </message>
    <message>
        <source>is divided by the number of positions ({P}) and has the opposite sign</source>
        <translation>está dividido por el número de posiciones ({P}) y tiene el signo contrario</translation>
    </message>
    <message>
        <source>is divided by the number of pixels of the image ({PIX})</source>
        <translation>está dividido por el número de píxeles de la imagen ({PIX})</translation>
    </message>
    <message>
        <source>is divided by the number of images ({N})</source>
        <translation>está dividido por el número de imágenes ({N})</translation>
    </message>
    <message>
        <source>is divided by the number of positions per image ({HW})</source>
        <translation>está dividido por el número de posiciones por imagen ({HW})</translation>
    </message>
    <message>
        <source>is divided by the number of pixels of all images ({NPIX})</source>
        <translation>está dividido por el número de píxeles de todas las imágenes ({NPIX})</translation>
    </message>
    <message>
        <source>keeps at each pixel only the last position that touches it</source>
        <translation>guarda en cada píxel solo la última posición que lo toca</translation>
    </message>
    <message>
        <source>is 0: the bias gradient is missing</source>
        <translation>es 0: falta el gradiente del sesgo</translation>
    </message>
    <message>
        <source>sums δ over all filters together (each filter&apos;s db is the sum of its own δ map)</source>
        <translation>suma δ de todos los filtros juntos (el db de cada filtro es la suma de su propio mapa δ)</translation>
    </message>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} y {then}</translation>
    </message>
    <message>
        <source>is all zeros</source>
        <translation>es todo ceros</translation>
    </message>
    <message>
        <source>returned exactly the previous call&apos;s result for new data</source>
        <translation>devolvió exactamente el resultado de la llamada anterior para datos nuevos</translation>
    </message>
    <message>
        <source>is the same for different x and dy</source>
        <translation>es igual para x y dy distintos</translation>
    </message>
    <message>
        <source>returned the previous call&apos;s result plus this call&apos;s</source>
        <translation>devolvió el resultado de la llamada anterior más el de esta</translation>
    </message>
    <message>
        <source>is divided by {m} on every call, whatever the image: also on {probe}, which has {count} positions</source>
        <translation>está dividido por {m} en cada llamada, sea cual sea la imagen: también en {probe}, que tiene {count} posiciones</translation>
    </message>
    <message>
        <source>the true value</source>
        <translation>el valor verdadero</translation>
    </message>
    <message>
        <source>your {name} {how}</source>
        <translation>tu {name} {how}</translation>
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
    <name>CheckProbes</name>
    <message>
        <source>{h}x{w} image</source>
        <translation>imagen de {h}x{w}</translation>
    </message>
    <message>
        <source>{c}x{h}x{w} colour image</source>
        <translation>imagen en color de {c}x{h}x{w}</translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, stride {stride}, pad {pad}, {count} positions)</source>
        <translation>los datos de la lección ({image}, desplazamiento {stride}, pad {pad}, {count} posiciones)</translation>
    </message>
    <message>
        <source>the lesson&apos;s data ({image}, {count} positions)</source>
        <translation>los datos de la lección ({image}, {count} posiciones)</translation>
    </message>
    <message>
        <source>{c} channels, {h}x{w}</source>
        <translation>{c} canales, {h}x{w}</translation>
    </message>
    <message>
        <source>{n} images x {c} channels, {f} filters, {h}x{w}</source>
        <translation>{n} imágenes x {c} canales, {f} filtros, {h}x{w}</translation>
    </message>
    <message>
        <source>probe {name} ({size}, stride {stride}, pad {pad})</source>
        <translation>la prueba {name} ({size}, desplazamiento {stride}, pad {pad})</translation>
    </message>
    <message>
        <source>probe {name} ({size})</source>
        <translation>la prueba {name} ({size})</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>running your code…</source>
        <translation>ejecutando tu código…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>loading your file… {seconds} s</source>
        <translation>cargando tu archivo… {seconds} s</translation>
    </message>
    <message>
        <source>done · {seconds} s</source>
        <translation>hecho · {seconds} s</translation>
    </message>
    <message>
        <source>running call {call} of {total} ({what}) · {seconds} s</source>
        <translation>ejecutando la llamada {call} de {total} ({what}) · {seconds} s</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecto</translation>
    </message>
    <message>
        <source>Your code failed</source>
        <translation>Tu código falló</translation>
    </message>
    <message>
        <source>Your dw and db (lesson&apos;s data)</source>
        <translation>Tu dw y db (datos de la lección)</translation>
    </message>
    <message>
        <source>True dw and db (sum over every position)</source>
        <translation>dw y db verdaderos (suma sobre cada posición)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Left out to run your file (course modules, data and IPython lines that are not here):</source>
        <translation>Omitido para ejecutar tu archivo (módulos del curso, datos y líneas de IPython que no están aquí):</translation>
    </message>
    <message>
        <source>Your code ran isolated, in a sandbox.</source>
        <translation>Tu código se ejecutó aislado, en un sandbox.</translation>
    </message>
    <message>
        <source>Your code ran without a sandbox ({why}).</source>
        <translation>Tu código se ejecutó sin sandbox ({why}).</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>evidencia: {evidence}</translation>
    </message>
</context>
<context>
    <name>CheckResults</name>
    <message>
        <source>a result was cut off</source>
        <translation>un resultado quedó cortado</translation>
    </message>
    <message>
        <source>a record is not JSON</source>
        <translation>un registro no es JSON</translation>
    </message>
    <message>
        <source>a record of an unknown kind</source>
        <translation>un registro de un tipo desconocido</translation>
    </message>
    <message>
        <source>field &apos;seconds&apos; is not a number of seconds</source>
        <translation>el campo &apos;seconds&apos; no es un número de segundos</translation>
    </message>
    <message>
        <source>field {key} is not a whole number from {low} to {high}</source>
        <translation>el campo {key} no es un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>field {key} is not text</source>
        <translation>el campo {key} no es texto</translation>
    </message>
    <message>
        <source>field {key} is not a list of text</source>
        <translation>el campo {key} no es una lista de textos</translation>
    </message>
    <message>
        <source>… {count} more frames</source>
        <translation>… {count} marcos más</translation>
    </message>
    <message>
        <source>field &apos;functions&apos; is not a list of text</source>
        <translation>el campo &apos;functions&apos; no es una lista de textos</translation>
    </message>
    <message>
        <source>an array header is not readable ({error})</source>
        <translation>la cabecera de un array no se puede leer ({error})</translation>
    </message>
    <message>
        <source>an array is not float64 of at most 4 dimensions</source>
        <translation>un array no es float64 de como mucho 4 dimensiones</translation>
    </message>
    <message>
        <source>an array has {size} values, more than the {most} this call can give</source>
        <translation>un array tiene {size} valores, más que los {most} que puede dar esta llamada</translation>
    </message>
    <message>
        <source>an array&apos;s data does not match its header</source>
        <translation>los datos de un array no coinciden con su cabecera</translation>
    </message>
    <message>
        <source>your code sent more data than the results of this check can be</source>
        <translation>tu código envió más datos de los que pueden tener los resultados de esta comprobación</translation>
    </message>
    <message>
        <source>records after the end</source>
        <translation>registros después del final</translation>
    </message>
    <message>
        <source>two load records</source>
        <translation>dos registros de carga</translation>
    </message>
    <message>
        <source>a call before the function was loaded</source>
        <translation>una llamada antes de que se cargara la función</translation>
    </message>
    <message>
        <source>two records of one call</source>
        <translation>dos registros de una misma llamada</translation>
    </message>
    <message>
        <source>a call record has an unknown status</source>
        <translation>un registro de llamada tiene un estado desconocido</translation>
    </message>
    <message>
        <source>a call record&apos;s arrays do not match its status</source>
        <translation>los arrays de un registro de llamada no coinciden con su estado</translation>
    </message>
    <message>
        <source>its results were not readable: {why}</source>
        <translation>sus resultados no se podían leer: {why}</translation>
    </message>
    <message>
        <source>its results were not readable</source>
        <translation>sus resultados no se podían leer</translation>
    </message>
    <message>
        <source>… and {count} more characters, not kept</source>
        <translation>… y {count} caracteres más, no guardados</translation>
    </message>
    <message>
        <source>the load record has an unknown status</source>
        <translation>el registro de carga tiene un estado desconocido</translation>
    </message>
    <message>
        <source>the load record names a function that was not asked for</source>
        <translation>el registro de carga nombra una función que no se pidió</translation>
    </message>
    <message>
        <source>field &apos;skipped&apos; is not a list of records</source>
        <translation>el campo &apos;skipped&apos; no es una lista de registros</translation>
    </message>
    <message>
        <source>field &apos;module&apos; is not text</source>
        <translation>el campo &apos;module&apos; no es texto</translation>
    </message>
    <message>
        <source>field &apos;parameters&apos; is not a list of text</source>
        <translation>el campo &apos;parameters&apos; no es una lista de textos</translation>
    </message>
    <message>
        <source>the process was killed by {signal}</source>
        <translation>el proceso fue terminado por {signal}</translation>
    </message>
    <message>
        <source>the process ended early with exit code {code} (os._exit or a crash in native code)</source>
        <translation>el proceso terminó antes de tiempo con el código de salida {code} (os._exit o un fallo en código nativo)</translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>the checker&apos;s supervisor failed (exit code {code})</source>
        <translation>falló el supervisor del verificador (código de salida {code})</translation>
    </message>
    <message>
        <source>it killed its parent process (the checker&apos;s supervisor)</source>
        <translation>mató a su proceso padre (el supervisor del verificador)</translation>
    </message>
</context>
<context>
    <name>CheckSandbox</name>
    <message>
        <source>no sandbox on {platform} (bubblewrap is Linux only)</source>
        <translation>no hay sandbox en {platform} (bubblewrap es solo para Linux)</translation>
    </message>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap) no está instalado</translation>
    </message>
    <message>
        <source>bwrap did not start ({error})</source>
        <translation>bwrap no arrancó ({error})</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here ({error})</source>
        <translation>bwrap no puede crear un sandbox aquí ({error})</translation>
    </message>
    <message>
        <source>bwrap cannot create a sandbox here</source>
        <translation>bwrap no puede crear un sandbox aquí</translation>
    </message>
    <message>
        <source>the sandbox was turned off</source>
        <translation>se desactivó el sandbox</translation>
    </message>
    <message>
        <source>cannot isolate your code on this machine: {why}</source>
        <translation>no se puede aislar tu código en esta máquina: {why}</translation>
    </message>
</context>
<context>
    <name>CheckSource</name>
    <message>
        <source>code cell {cell}, line {line}</source>
        <translation>celda de código {cell}, línea {line}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>no se puede leer {file}: {error}</translation>
    </message>
    <message>
        <source>IPython lines (% and !) were skipped</source>
        <translation>se omitieron las líneas de IPython (% y !)</translation>
    </message>
    <message>
        <source>{file} is not a notebook (not JSON: {error})</source>
        <translation>{file} no es un cuaderno (no es JSON: {error})</translation>
    </message>
    <message>
        <source>{file} is not a notebook (no cells)</source>
        <translation>{file} no es un cuaderno (no tiene celdas)</translation>
    </message>
    <message>
        <source>{file} is not a notebook (its cells cannot be read)</source>
        <translation>{file} no es un cuaderno (sus celdas no se pueden leer)</translation>
    </message>
    <message>
        <source>code cell {cell} ({magic}) is not Python: left out</source>
        <translation>la celda de código {cell} ({magic}) no es Python: omitida</translation>
    </message>
    <message>
        <source>code cell {cell} is not valid Python: left out</source>
        <translation>la celda de código {cell} no es Python válido: omitida</translation>
    </message>
    <message>
        <source>{file} has no code cells</source>
        <translation>{file} no tiene celdas de código</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <source>… 1 more line</source>
        <translation>… 1 línea más</translation>
    </message>
    <message>
        <source>… {count} more lines</source>
        <translation>… {count} líneas más</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Check My Backprop</source>
        <translation>Comprobar mi retropropagación</translation>
    </message>
    <message>
        <source>No file checked yet.</source>
        <translation>Aún no se ha comprobado ningún archivo.</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Run the same file again (after you edited it), on the lesson&apos;s data as it is now</source>
        <translation>Ejecutar el mismo archivo otra vez (después de editarlo), con los datos de la lección tal como están ahora</translation>
    </message>
    <message>
        <source>Show in Step-Through</source>
        <translation>Mostrar en el paso a paso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Check My Backprop: your Python file</source>
        <translation>Comprobar mi retropropagación: tu archivo Python</translation>
    </message>
    <message>
        <source>Python files and notebooks (*.py *.ipynb)</source>
        <translation>Archivos Python y cuadernos (*.py *.ipynb)</translation>
    </message>
    <message>
        <source>Your code runs in a separate process, on probes and on the lesson&apos;s data as it is on screen.</source>
        <translation>Tu código se ejecuta en un proceso aparte, con pruebas y con los datos de la lección tal como están en pantalla.</translation>
    </message>
    <message>
        <source>Cancelled: your code was stopped.</source>
        <translation>Cancelado: se detuvo tu código.</translation>
    </message>
    <message>
        <source>Open the step-through after position {count} (the one that explains the bug)</source>
        <translation>Abrir el paso a paso después de la posición {count} (la que explica el error)</translation>
    </message>
    <message>
        <source>Step-through after position {count}: File &gt; Check My Backprop… shows the check again</source>
        <translation>Paso a paso después de la posición {count}: Archivo &gt; Comprobar mi retropropagación… vuelve a mostrar la comprobación</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>The gradient buffer keeps only the last contribution: `=` where `+=` was needed, so every earlier position&apos;s contribution is lost.</source>
        <translation>El búfer de gradiente guarda solo la última contribución: `=` donde hacía falta `+=`, así que se pierde la contribución de cada posición anterior.</translation>
    </message>
    <message>
        <source>The gradient is divided by a count (an average): the shared filter&apos;s gradient is the SUM of every position&apos;s contribution (dy already carries the loss&apos;s own scaling).</source>
        <translation>El gradiente está dividido por un número (un promedio): el gradiente del filtro compartido es la SUMA de las contribuciones de todas las posiciones (dy ya lleva la escala propia de la pérdida).</translation>
    </message>
    <message>
        <source>Your function keeps state between calls: a buffer is never reset (a mutable default argument such as dw=np.zeros(...), or a global). Create it inside the function, on every call.</source>
        <translation>Tu función guarda estado entre llamadas: un búfer nunca se reinicia (un argumento por defecto mutable como dw=np.zeros(...), o una variable global). Créalo dentro de la función, en cada llamada.</translation>
    </message>
    <message>
        <source>Your dw is rotated 180°: that pairs w[r, c] with x[i+2-r, j+2-c] (a convolution), but the forward pass is a cross-correlation: w[r, c] multiplies x[i+r, j+c].</source>
        <translation>Tu dw está girado 180°: eso empareja w[r, c] con x[i+2-r, j+2-c] (una convolución), pero la pasada hacia delante es una correlación cruzada: w[r, c] multiplica x[i+r, j+c].</translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: dw[c, r] holds what belongs in dw[r, c].</source>
        <translation>Tu dw tiene filas y columnas intercambiadas: dw[c, r] contiene lo que va en dw[r, c].</translation>
    </message>
    <message>
        <source>The sign is wrong: the gradient has the right size but points the other way.</source>
        <translation>El signo está mal: el gradiente tiene el tamaño correcto pero apunta al lado contrario.</translation>
    </message>
    <message>
        <source>db is wrong: db is the sum of δ over every position (and image), one number per filter.</source>
        <translation>db está mal: db es la suma de δ sobre cada posición (e imagen), un número por filtro.</translation>
    </message>
    <message>
        <source>Some positions are left out or counted twice: a loop bound is off by one (with stride 1 the output has H - k + 1 rows and W - k + 1 columns).</source>
        <translation>Algunas posiciones se omiten o se cuentan dos veces: un límite de un bucle está desfasado en uno (con desplazamiento 1 la salida tiene H - k + 1 filas y W - k + 1 columnas).</translation>
    </message>
    <message>
        <source>dx is assigned (`=`) where it must add (`+=`): windows overlap, so a pixel shared by several positions must collect the input deltas of all of them.</source>
        <translation>dx se asigna (`=`) donde hay que sumar (`+=`): las ventanas se solapan, así que un píxel compartido por varias posiciones debe acumular los deltas de entrada de todas ellas.</translation>
    </message>
    <message>
        <source>dx uses a turned kernel: position (i, j) adds δ[i, j]·w[r, c] into x[i+r, j+c], with the same unflipped w as the forward pass.</source>
        <translation>dx usa un kernel girado: la posición (i, j) suma δ[i, j]·w[r, c] en x[i+r, j+c], con el mismo w sin girar que la pasada hacia delante.</translation>
    </message>
    <message>
        <source>The stride is not applied: the window of output (i, j) starts at (i·stride, j·stride).</source>
        <translation>No se aplica el desplazamiento: la ventana de la salida (i, j) empieza en (i·stride, j·stride).</translation>
    </message>
    <message>
        <source>This is wrong in a way the checker does not recognise: compare the cells below.</source>
        <translation>Esto está mal de una forma que el verificador no reconoce: compara las celdas de abajo.</translation>
    </message>
    <message>
        <source>Your function returns None where the gradients should be: it is not finished yet (the course&apos;s starting code sets them to None until you compute them).</source>
        <translation>Tu función devuelve None donde deberían ir los gradientes: aún no está terminada (el código inicial del curso los pone a None hasta que los calcules).</translation>
    </message>
    <message>
        <source>An output is all zeros: nothing is ever added into it. Check that the loop that adds each position&apos;s contribution runs, and that it adds into the array you return.</source>
        <translation>Una salida es toda ceros: nunca se le suma nada. Comprueba que el bucle que suma la contribución de cada posición se ejecuta y que suma en el array que devuelves.</translation>
    </message>
    <message>
        <source>An output comes out the same whatever data your function gets: it does not use its arguments (perhaps test data from elsewhere in your file, or a constant).</source>
        <translation>Una salida sale igual sean cuales sean los datos que recibe tu función: no usa sus argumentos (quizá datos de prueba de otra parte de tu archivo, o una constante).</translation>
    </message>
    <message>
        <source>Your code works only on images of the lesson&apos;s size: it fails on the probes&apos; other sizes. A size is written as a number (like 30 or 32), or height and width are swapped. Take every size from the arrays (H, W = x.shape; the output&apos;s from dy or dout), rows with H and columns with W.</source>
        <translation>Tu código solo funciona con imágenes del tamaño de la lección: falla con los otros tamaños de las pruebas. Un tamaño está escrito como número (como 30 o 32), o el alto y el ancho están intercambiados. Toma cada tamaño de los arrays (H, W = x.shape; los de la salida de dy o dout), filas con H y columnas con W.</translation>
    </message>
    <message>
        <source>Your code stopped with an error: fix the line shown below.</source>
        <translation>Tu código se detuvo con un error: corrige la línea que se muestra abajo.</translation>
    </message>
    <message>
        <source>Your code did not finish in time.</source>
        <translation>Tu código no terminó a tiempo.</translation>
    </message>
    <message>
        <source>Your function returns an array of the wrong shape: see below which one, and the shape it needs.</source>
        <translation>Tu función devuelve un array con la forma equivocada: abajo se ve cuál y qué forma necesita.</translation>
    </message>
    <message>
        <source>Your function is not finished: it returns None. Compute the gradients and return them.</source>
        <translation>Tu función no está terminada: devuelve None. Calcula los gradientes y devuélvelos.</translation>
    </message>
    <message>
        <source>Only the last position is kept in your dw: write `+=` instead of `=` where you add into it.</source>
        <translation>En tu dw solo queda la última posición: escribe `+=` en lugar de `=` donde sumas en él.</translation>
    </message>
    <message>
        <source>Only the last position is kept in each pixel of your dx: write `+=` instead of `=` there.</source>
        <translation>En cada píxel de tu dx solo queda la última posición: escribe ahí `+=` en lugar de `=`.</translation>
    </message>
    <message>
        <source>Your function remembers the previous call: create dw (and db, dx) with np.zeros inside the function, so every call starts from zero.</source>
        <translation>Tu función recuerda la llamada anterior: crea dw (y db, dx) con np.zeros dentro de la función, para que cada llamada empiece desde cero.</translation>
    </message>
    <message>
        <source>Your dw is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation>Tu dw está dividido por un número: quita la división. El gradiente del filtro compartido es la SUMA sobre todas las posiciones.</translation>
    </message>
    <message>
        <source>Your gradient has the wrong sign: add δ × patch, do not subtract it.</source>
        <translation>Tu gradiente tiene el signo equivocado: suma δ × patch, no lo restes.</translation>
    </message>
    <message>
        <source>Your dw is turned upside down and mirrored: pair w[r, c] with x[i + r, j + c], not with x[i + 2 - r, j + 2 - c].</source>
        <translation>Tu dw está al revés y reflejado: empareja w[r, c] con x[i + r, j + c], no con x[i + 2 - r, j + 2 - c].</translation>
    </message>
    <message>
        <source>Your dw has rows and columns swapped: write dw[r, c], not dw[c, r].</source>
        <translation>Tu dw tiene filas y columnas intercambiadas: escribe dw[r, c], no dw[c, r].</translation>
    </message>
    <message>
        <source>Your dx uses the kernel turned around: use the same w[r, c] as the forward pass.</source>
        <translation>Tu dx usa el kernel girado: usa el mismo w[r, c] que en la pasada hacia delante.</translation>
    </message>
    <message>
        <source>Your loops leave out or repeat some positions: loop over every row and column of the output (the shape of dy), no more and no less.</source>
        <translation>Tus bucles omiten o repiten algunas posiciones: recorre cada fila y columna de la salida (la forma de dy), ni más ni menos.</translation>
    </message>
    <message>
        <source>Your windows ignore the stride: the window of output (i, j) starts at row i·stride, column j·stride.</source>
        <translation>Tus ventanas ignoran el desplazamiento: la ventana de la salida (i, j) empieza en la fila i·stride, columna j·stride.</translation>
    </message>
    <message>
        <source>Your code gets the padding wrong: see below when it fails.</source>
        <translation>Tu código hace mal el relleno: abajo se ve cuándo falla.</translation>
    </message>
    <message>
        <source>Your db is wrong: db is the sum of δ over every position (and every image).</source>
        <translation>Tu db está mal: db es la suma de δ sobre cada posición (y cada imagen).</translation>
    </message>
    <message>
        <source>Your gradient is all zeros: nothing is ever added into it.</source>
        <translation>Tu gradiente es todo ceros: nunca se le suma nada.</translation>
    </message>
    <message>
        <source>Your gradient does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation>Tu gradiente no cambia cuando cambian los datos: calcúlalo a partir de los argumentos de la función.</translation>
    </message>
    <message>
        <source>Your code works only on data the size of the lesson&apos;s: take every size from the arrays&apos; shapes (no numbers like 30, no height and width swapped).</source>
        <translation>Tu código solo funciona con datos del tamaño de la lección: toma cada tamaño de las formas de los arrays (sin números como 30, sin alto y ancho intercambiados).</translation>
    </message>
    <message>
        <source>Your gradient is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation>Tu gradiente está mal de una forma que el verificador no reconoce: compara tus números con los verdaderos de abajo.</translation>
    </message>
    <message>
        <source>Your {name} is all zeros: nothing is ever added into it.</source>
        <translation>Tu {name} es todo ceros: nunca se le suma nada.</translation>
    </message>
    <message>
        <source>Your {name} does not change when the data changes: compute it from the function&apos;s arguments.</source>
        <translation>Tu {name} no cambia cuando cambian los datos: calcúlalo a partir de los argumentos de la función.</translation>
    </message>
    <message>
        <source>Your {name} is divided by a number: remove the division. The shared filter&apos;s gradient is the SUM over all positions.</source>
        <translation>Tu {name} está dividido por un número: quita la división. El gradiente del filtro compartido es la SUMA sobre todas las posiciones.</translation>
    </message>
    <message>
        <source>Your {name} is wrong in a way the checker does not recognise: compare your numbers with the true ones below.</source>
        <translation>Tu {name} está mal de una forma que el verificador no reconoce: compara tus números con los verdaderos de abajo.</translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right dw, db and dx (to 1 part in {parts} of the largest value) on the lesson&apos;s data and on {probes} probes.</source>
        <translation>Correcto: tu {function} da los dw, db y dx correctos (con una precisión de 1 parte en {parts} del valor más grande) con los datos de la lección y con {probes} pruebas.</translation>
    </message>
    <message>
        <source>Correct: your {function} gives the right gradients.</source>
        <translation>Correcto: tu {function} da los gradientes correctos.</translation>
    </message>
    <message>
        <source>{headline} (And 1 more problem below.)</source>
        <translation>{headline} (Y 1 problema más abajo.)</translation>
    </message>
    <message>
        <source>{headline} (And {count} more problems below.)</source>
        <translation>{headline} (Y {count} problemas más abajo.)</translation>
    </message>
    <message>
        <source>not a regular file: {file}</source>
        <translation>no es un archivo normal: {file}</translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>no existe el archivo: {file}</translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): clear its outputs (Edit &gt; Clear All Outputs) and save it</source>
        <translation>{file} tiene {size} bytes (límite {limit}): borra sus salidas (Edit &gt; Clear All Outputs) y guárdalo</translation>
    </message>
    <message>
        <source>{file} is {size} bytes (limit {limit}): a backward pass is a short Python file</source>
        <translation>{file} tiene {size} bytes (límite {limit}): una pasada hacia atrás es un archivo Python corto</translation>
    </message>
    <message>
        <source>loading your file</source>
        <translation>cargando tu archivo</translation>
    </message>
    <message>
        <source>the lesson&apos;s data</source>
        <translation>los datos de la lección</translation>
    </message>
    <message>
        <source>probe {name}</source>
        <translation>prueba {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME)</source>
        <translation>{file} no define ninguna función {names} (funciones encontradas: {found}; elige una con --function NAME)</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); module {module} is missing here</source>
        <translation>{file} no define ninguna función {names} (funciones encontradas: {found}; elige una con --function NAME); aquí falta el módulo {module}</translation>
    </message>
    <message>
        <source>{file} defines no function {names} (functions found: {found}; choose one with --function NAME); {where} failed: {error}</source>
        <translation>{file} no define ninguna función {names} (funciones encontradas: {found}; elige una con --function NAME); {where} falló: {error}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <translation>no se puede leer {file}: {error}</translation>
    </message>
    <message>
        <source>The checker could not use what your code sent back: {why}.</source>
        <translation>El verificador no pudo usar lo que tu código devolvió: {why}.</translation>
    </message>
    <message>
        <source>Your code ended the check: {why}.</source>
        <translation>Tu código terminó la comprobación: {why}.</translation>
    </message>
    <message>
        <source>{where} was skipped: {error}</source>
        <translation>se omitió {where}: {error}</translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k} across {channels} channels: x is ({channels}, H, W) and w ({channels}, {k}, {k}): code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1], the channels with x[..., r, c] or x[:, r, c]).</source>
        <translation>El filtro de esta lección es de {k}x{k} sobre {channels} canales: x es ({channels}, H, W) y w ({channels}, {k}, {k}): el código escrito para el filtro gris de 3x3 debe tomar cada tamaño de los arrays (k = w.shape[-1], los canales con x[..., r, c] o x[:, r, c]).</translation>
    </message>
    <message>
        <source>This lesson&apos;s filter is {k}x{k}: code written for the 3x3 grey filter must take every size from the arrays (k = w.shape[-1]).</source>
        <translation>El filtro de esta lección es de {k}x{k}: el código escrito para el filtro gris de 3x3 debe tomar cada tamaño de los arrays (k = w.shape[-1]).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>línea {line}: {text}</translation>
    </message>
    <message>
        <source>Your file is Python 2: print is a statement there (line {line}), a function in Python 3.</source>
        <translation>Tu archivo es Python 2: print es ahí una sentencia (línea {line}), en Python 3 una función.</translation>
    </message>
    <message>
        <source>This is Python 2 code: in Python 3 write print(...) with parentheses.</source>
        <translation>Esto es código de Python 2: en Python 3 escribe print(...) con paréntesis.</translation>
    </message>
    <message>
        <source>Your file has a syntax error on line {line}: {error}.</source>
        <translation>Tu archivo tiene un error de sintaxis en la línea {line}: {error}.</translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded (line {line}): {error}.</source>
        <translation>Tu archivo lanzó un error al cargarse (línea {line}): {error}.</translation>
    </message>
    <message>
        <source>Your file raised an error while it was loaded: {error}.</source>
        <translation>Tu archivo lanzó un error al cargarse: {error}.</translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time (line {line} was running: {code}): a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation>La ejecución de las celdas de tu cuaderno no terminó a tiempo (se estaba ejecutando la línea {line}: {code}): una celda entrena o prueba durante mucho tiempo, o no termina nunca. Solo hace falta tu función: ponla en un archivo .py y comprueba ese, o da más tiempo (--timeout).</translation>
    </message>
    <message>
        <source>Running your notebook&apos;s cells did not finish in time: a cell trains or tests for long, or runs forever. Only your function is needed: put it in a .py file and check that, or allow more time (--timeout).</source>
        <translation>La ejecución de las celdas de tu cuaderno no terminó a tiempo: una celda entrena o prueba durante mucho tiempo, o no termina nunca. Solo hace falta tu función: ponla en un archivo .py y comprueba ese, o da más tiempo (--timeout).</translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long (line {line}): check a .py file with just your function.</source>
        <translation>Una celda de tu cuaderno tarda demasiado (línea {line}): comprueba un archivo .py con solo tu función.</translation>
    </message>
    <message>
        <source>A cell of your notebook runs too long: check a .py file with just your function.</source>
        <translation>Una celda de tu cuaderno tarda demasiado: comprueba un archivo .py con solo tu función.</translation>
    </message>
    <message>
        <source>Loading your file did not finish in time (line {line} was running: {code}): code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation>La carga de tu archivo no terminó a tiempo (se estaba ejecutando la línea {line}: {code}): código en el nivel superior del archivo no termina nunca o tarda demasiado (pon las pruebas bajo `if __name__ == &apos;__main__&apos;:`).</translation>
    </message>
    <message>
        <source>Loading your file did not finish in time: code at the top level of the file runs forever or far too long (put tests under `if __name__ == &apos;__main__&apos;:`).</source>
        <translation>La carga de tu archivo no terminó a tiempo: código en el nivel superior del archivo no termina nunca o tarda demasiado (pon las pruebas bajo `if __name__ == &apos;__main__&apos;:`).</translation>
    </message>
    <message>
        <source>Your file could not be loaded: {why}.</source>
        <translation>No se pudo cargar tu archivo: {why}.</translation>
    </message>
    <message>
        <source>the checker process failed</source>
        <translation>falló el proceso del verificador</translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but it is called as {call}: give it exactly those {count} parameters, in that order.</source>
        <translation>Tu {function} recibe ({parameters}), pero se llama como {call}: dale exactamente esos {count} parámetros, en ese orden.</translation>
    </message>
    <message>
        <source>the convention: {signature}</source>
        <translation>la convención: {signature}</translation>
    </message>
    <message>
        <source>Your function has other parameters than the course&apos;s: write def {call}:</source>
        <translation>Tu función tiene otros parámetros que los del curso: escribe def {call}:</translation>
    </message>
    <message>
        <source>stride {stride}</source>
        <translation>desplazamiento {stride}</translation>
    </message>
    <message>
        <source>padding {padding}</source>
        <translation>relleno {padding}</translation>
    </message>
    <message>
        <source>stride {stride} and padding {padding}</source>
        <translation>desplazamiento {stride} y relleno {padding}</translation>
    </message>
    <message>
        <source>Your {function} takes ({parameters}), but this lesson has {layer}: the checker passes them by name, so give it the parameters {wanted} and use them (the windows start stride pixels apart, on x with padding zeros around it).</source>
        <translation>Tu {function} recibe ({parameters}), pero esta lección tiene {layer}: el verificador los pasa por nombre, así que dale los parámetros {wanted} y úsalos (las ventanas empiezan a stride píxeles una de otra, el desplazamiento, sobre x con padding ceros alrededor).</translation>
    </message>
    <message>
        <source>the convention: {signature}, plus {wanted} for a lesson that has them</source>
        <translation>la convención: {signature}, más {wanted} para una lección que los tenga</translation>
    </message>
    <message>
        <source>This lesson has {layer}: write def {function}(x, w, dy, {wanted}): and use them.</source>
        <translation>Esta lección tiene {layer}: escribe def {function}(x, w, dy, {wanted}): y úsalos.</translation>
    </message>
    <message>
        <source>Your function returns None (no return statement, or `return` alone): it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation>Tu función devuelve None (sin sentencia return, o `return` solo): aún no está terminada. Calcula {names} y devuélvelos: {signature}.</translation>
    </message>
    <message>
        <source>Your function returns None for {nones}: it is not finished yet. Compute {names} and return them: {signature}.</source>
        <translation>Tu función devuelve None para {nones}: aún no está terminada. Calcula {names} y devuélvelos: {signature}.</translation>
    </message>
    <message>
        <source>first on {probe}</source>
        <translation>primero en {probe}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>your code called sys.exit({code}) (or raised SystemExit)</source>
        <translation>tu código llamó a sys.exit({code}) (o lanzó SystemExit)</translation>
    </message>
    <message>
        <source>{kind}: your file is nested too deeply for Python to compile</source>
        <translation>{kind}: tu archivo está anidado a demasiada profundidad para que Python lo compile</translation>
    </message>
    <message>
        <source>Your function returned {type}, expected a tuple of {count} arrays (on {probe}).</source>
        <translation>Tu función devolvió {type}, se esperaba una tupla de {count} arrays (en {probe}).</translation>
    </message>
    <message>
        <source>Your function returned {got} values, expected {count} (on {probe}).</source>
        <translation>Tu función devolvió {got} valores, se esperaban {count} (en {probe}).</translation>
    </message>
    <message>
        <source>Your function&apos;s value {number} of the returned tuple is not numbers ({why}) (on {probe}).</source>
        <translation>El valor {number} de la tupla que devuelve tu función no son números ({why}) (en {probe}).</translation>
    </message>
    <message>
        <source>Your function {what} (on {probe}).</source>
        <translation>Tu función: {what} (en {probe}).</translation>
    </message>
    <message>
        <source>Your code ended the checker&apos;s process during the call on {probe}: {why}.</source>
        <translation>Tu código terminó el proceso del verificador durante la llamada en {probe}: {why}.</translation>
    </message>
    <message>
        <source>Your function is too slow for {probe}: from its speed on the calls before, it would need up to {predicted} s, and it was stopped after {ran} s. Loops over every pixel AND every position grow with the square of the image: loop over the positions and the filter&apos;s cells only, or use NumPy for the inner loops.</source>
        <translation>Tu función es demasiado lenta para {probe}: por su velocidad en las llamadas anteriores necesitaría hasta {predicted} s, y se detuvo tras {ran} s. Los bucles sobre cada píxel Y cada posición crecen con el cuadrado de la imagen: recorre solo las posiciones y las celdas del filtro, o usa NumPy para los bucles internos.</translation>
    </message>
    <message>
        <source>Your code is correct so far but far too slow for the lesson&apos;s image: see below.</source>
        <translation>Tu código es correcto hasta aquí pero demasiado lento para la imagen de la lección: mira abajo.</translation>
    </message>
    <message>
        <source>Your function did not finish on {probe} in {ran} s, although its speed on the calls before predicted at most {predicted} s: an endless loop there, or much slower than on the smaller probes.</source>
        <translation>Tu función no terminó en {probe} en {ran} s, aunque su velocidad en las llamadas anteriores predecía como mucho {predicted} s: ahí hay un bucle infinito, o es mucho más lenta que con las pruebas más pequeñas.</translation>
    </message>
    <message>
        <source>Your function did not finish in time on {probe}: an endless loop, or far too slow (loading your file and the probes have a time limit each, 10 s by default: --timeout).</source>
        <translation>Tu función no terminó a tiempo en {probe}: un bucle infinito, o demasiado lenta (la carga de tu archivo y las pruebas tienen cada una un límite de tiempo, 10 s por defecto: --timeout).</translation>
    </message>
    <message>
        <source>{error} (line {line}) on {probe}</source>
        <translation>{error} (línea {line}) en {probe}</translation>
    </message>
    <message>
        <source>{error} on {probe}</source>
        <translation>{error} en {probe}</translation>
    </message>
    <message>
        <source>Your {function} cannot be called as the course calls it: {error}.</source>
        <translation>Tu {function} no se puede llamar como la llama el curso: {error}.</translation>
    </message>
    <message>
        <source>it failed with {error}</source>
        <translation>falló con {error}</translation>
    </message>
    <message>
        <source>Your function raised an error (line {line}) on {probe}: {error}.</source>
        <translation>Tu función lanzó un error (línea {line}) en {probe}: {error}.</translation>
    </message>
    <message>
        <source>Your code stopped with {kind} on line {line}: fix that line (shown below with the error).</source>
        <translation>Tu código se detuvo con {kind} en la línea {line}: corrige esa línea (se muestra abajo con el error).</translation>
    </message>
    <message>
        <source>Your function raised an error on {probe}: {error}.</source>
        <translation>Tu función lanzó un error en {probe}: {error}.</translation>
    </message>
    <message>
        <source>Your code stopped with {kind}: fix that line (shown below with the error).</source>
        <translation>Tu código se detuvo con {kind}: corrige esa línea (se muestra abajo con el error).</translation>
    </message>
    <message>
        <source>it failed on {probe}</source>
        <translation>falló en {probe}</translation>
    </message>
    <message>
        <source>Your function needs the module {module}, which is not installed here (line {line} imports it; then: {error}). Copy what your function uses from it into your file, or check the file where that code lives.</source>
        <translation>Tu función necesita el módulo {module}, que no está instalado aquí (la línea {line} lo importa; luego: {error}). Copia en tu archivo lo que tu función usa de él, o comprueba el archivo donde está ese código.</translation>
    </message>
    <message>
        <source>Your code needs the module {module}, which is missing here: copy what your function uses from {module} into your file.</source>
        <translation>Tu código necesita el módulo {module}, que aquí falta: copia en tu archivo lo que tu función usa de {module}.</translation>
    </message>
    <message>
        <source>A size or an index in your code is a float ({error}). In Python 2, `/` of two whole numbers gave a whole number; in Python 3 it always gives a float (7 / 2 = 3.5), and a float cannot be a size, a range or an index. Use `//` for whole-number division: H_out = 1 + (H + 2 * pad - HH) // stride.</source>
        <translation>Un tamaño o un índice en tu código es un float ({error}). En Python 2, `/` de dos enteros daba un entero; en Python 3 siempre da un float (7 / 2 = 3.5), y un float no puede ser un tamaño, un range ni un índice. Usa `//` para la división entera: H_out = 1 + (H + 2 * pad - HH) // stride (stride: el desplazamiento).</translation>
    </message>
    <message>
        <source>A size or index in your code is a float: `/` gives a float in Python 3, use `//` for sizes and indices.</source>
        <translation>Un tamaño o índice en tu código es un float: `/` da un float en Python 3, usa `//` para tamaños e índices.</translation>
    </message>
    <message>
        <source>Your code is Python 2: {old} does not exist in Python 3, use {new} ({error}).</source>
        <translation>Tu código es Python 2: {old} no existe en Python 3, usa {new} ({error}).</translation>
    </message>
    <message>
        <source>This is Python 2 code: write {new} instead of {old}.</source>
        <translation>Esto es código de Python 2: escribe {new} en lugar de {old}.</translation>
    </message>
    <message>
        <source>Your function unpacks the cache into {count} values, but the course&apos;s forward pass stores cache = {cache}, 4 values, and that is what is passed ({error}). Unpack those 4; compute anything else you need (like the padded input) again inside the backward pass.</source>
        <translation>Tu función desempaqueta la caché en {count} valores, pero la pasada hacia delante del curso guarda cache = {cache}, 4 valores, y eso es lo que se pasa ({error}). Desempaqueta esos 4; calcula de nuevo dentro de la pasada hacia atrás todo lo demás que necesites (como la entrada con relleno).</translation>
    </message>
    <message>
        <source>Your function expects its own cache of {count} items: the course passes cache = {cache}.</source>
        <translation>Tu función espera su propia caché de {count} elementos: el curso pasa cache = {cache}.</translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>Tu código se equivoca solo cuando pad = 0: un corte como [pad:-pad] queda vacío entonces (-0 es 0); quita el relleno con [pad:pad+H, pad:pad+W] en su lugar.</translation>
    </message>
    <message>
        <source>Your code fails only when pad = 0: a slice like [pad:-pad] is empty then (-0 is 0); cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>Tu código falla solo cuando pad = 0: un corte como [pad:-pad] queda vacío entonces (-0 es 0); quita el relleno con [pad:pad+H, pad:pad+W] en su lugar.</translation>
    </message>
    <message>
        <source>Your code fails when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation>Tu código falla cuando pad = 0: quita el relleno con [pad:pad+H, pad:pad+W], no con [pad:-pad].</translation>
    </message>
    <message>
        <source>Your code goes wrong only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation>Tu código se equivoca solo cuando pad &gt; 0: toma las ventanas del x con relleno (np.pad) y quita el relleno de dx al final.</translation>
    </message>
    <message>
        <source>Your code fails only when pad &gt; 0: take the windows from the padded x (np.pad) and cut the padding off dx at the end.</source>
        <translation>Tu código falla solo cuando pad &gt; 0: toma las ventanas del x con relleno (np.pad) y quita el relleno de dx al final.</translation>
    </message>
    <message>
        <source>Your code goes wrong only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation>Tu código se equivoca solo cuando el desplazamiento es {stride}: la ventana de la salida (i, j) empieza en (i·stride, j·stride) y la salida tiene (H + 2·pad - k) // stride + 1 filas.</translation>
    </message>
    <message>
        <source>Your code fails only when the stride is {stride}: the window of output (i, j) starts at (i·stride, j·stride) and the output has (H + 2·pad - k) // stride + 1 rows.</source>
        <translation>Tu código falla solo cuando el desplazamiento es {stride}: la ventana de la salida (i, j) empieza en (i·stride, j·stride) y la salida tiene (H + 2·pad - k) // stride + 1 filas.</translation>
    </message>
    <message>
        <source>Your code works only on data shaped like the lesson&apos;s (one image, one channel, one filter, square): it fails on the probes&apos; several images, channels and filters and other heights and widths. A size is written as a number, an index is fixed at 0, or height and width are swapped. Take every size from the arrays (N, C, H, W = x.shape; F = w.shape[0]).</source>
        <translation>Tu código solo funciona con datos con la forma de los de la lección (una imagen, un canal, un filtro, cuadrados): falla con las varias imágenes, canales y filtros y otros altos y anchos de las pruebas. Un tamaño está escrito como número, un índice está fijo en 0, o el alto y el ancho están intercambiados. Toma cada tamaño de los arrays (N, C, H, W = x.shape; F = w.shape[0]).</translation>
    </message>
    <message>
        <source>shape {shape}, expected {expected}</source>
        <translation>forma {shape}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>Your function returns the gradients in another order: ({theirs}), where {signature} is expected. They are compared in your order here.</source>
        <translation>Tu función devuelve los gradientes en otro orden: ({theirs}), donde se espera {signature}. Aquí se comparan en tu orden.</translation>
    </message>
    <message>
        <source>the shapes you return fit only that order, on every call</source>
        <translation>las formas que devuelves solo encajan con ese orden, en cada llamada</translation>
    </message>
    <message>
        <source>Return the gradients in the order the course expects: return {names}.</source>
        <translation>Devuelve los gradientes en el orden que espera el curso: return {names}.</translation>
    </message>
    <message>
        <source>Your {name} still has the padding border: shape {shape} where {expected} was expected (cut it off: [pad:pad+H, pad:pad+W]).</source>
        <translation>Tu {name} aún tiene el borde de relleno: forma {shape} donde se esperaba {expected} (quítalo: [pad:pad+H, pad:pad+W]).</translation>
    </message>
    <message>
        <source>on {probe}</source>
        <translation>en {probe}</translation>
    </message>
    <message>
        <source>Your dx still has its padding border: cut it off with [pad:pad+H, pad:pad+W].</source>
        <translation>Tu dx aún tiene su borde de relleno: quítalo con [pad:pad+H, pad:pad+W].</translation>
    </message>
    <message>
        <source>Your {name} is empty when pad = 0 (shape {shape}): a slice like [pad:-pad] is [0:0] then, because -0 is 0, and keeps nothing. Cut the padding off with [pad:pad+H, pad:pad+W] instead.</source>
        <translation>Tu {name} está vacío cuando pad = 0 (forma {shape}): un corte como [pad:-pad] es entonces [0:0], porque -0 es 0, y no conserva nada. Quita el relleno con [pad:pad+H, pad:pad+W] en su lugar.</translation>
    </message>
    <message>
        <source>Your dx is empty when pad = 0: cut the padding off with [pad:pad+H, pad:pad+W], not [pad:-pad].</source>
        <translation>Tu dx está vacío cuando pad = 0: quita el relleno con [pad:pad+H, pad:pad+W], no con [pad:-pad].</translation>
    </message>
    <message>
        <source>Your {name} has shape {shape} where {expected} was expected (on {probe}).</source>
        <translation>Tu {name} tiene forma {shape} donde se esperaba {expected} (en {probe}).</translation>
    </message>
    <message>
        <source>your {name} on {probe}: {cells}; the closest explanation found: {closest}, still off by {error} of the largest true value</source>
        <translation>tu {name} en {probe}: {cells}; la explicación más cercana encontrada: {closest}, aún desviada en {error} del mayor valor verdadero</translation>
    </message>
    <message>
        <source>is the true {name}</source>
        <translation>es el {name} verdadero</translation>
    </message>
    <message>
        <source>a second call with new data {stale}; what each call adds {how}</source>
        <translation>una segunda llamada con datos nuevos {stale}; lo que añade cada llamada {how}</translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed. For example dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}</source>
        <translation>tu dw es solo la contribución de la posición {count} (δ[{row},{col}] · el patch en la fila {row}, columna {col}) en {probe}: `=` donde hacía falta `+=`. Por ejemplo dw[0, 0] = δ[{row},{col}] × x[{row},{col}] = {delta} × {x} = {product}</translation>
    </message>
    <message>
        <source>your dw equals position {count}&apos;s contribution alone (δ[{row},{col}] · the patch at row {row}, col {col}) on {probe}: `=` where `+=` was needed</source>
        <translation>tu dw es solo la contribución de la posición {count} (δ[{row},{col}] · el patch en la fila {row}, columna {col}) en {probe}: `=` donde hacía falta `+=`</translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe)</source>
        <translation>tu {name} {how} (en cada prueba)</translation>
    </message>
    <message>
        <source>your {name} {how} (on every probe; here: {probe})</source>
        <translation>tu {name} {how} (en cada prueba; aquí: {probe})</translation>
    </message>
    <message>
        <source>{error} (a tiny part)</source>
        <translation>{error} (una parte diminuta)</translation>
    </message>
    <message>
        <source>yours − true, cell by cell (filter {filter}, channel {channel}: the most wrong) (3 significant digits): {rows}</source>
        <translation>tuyo − verdadero, celda a celda (filtro {filter}, canal {channel}: el más equivocado) (3 cifras significativas): {rows}</translation>
    </message>
    <message>
        <source>yours − true, cell by cell (3 significant digits): {rows}</source>
        <translation>tuyo − verdadero, celda a celda (3 cifras significativas): {rows}</translation>
    </message>
    <message>
        <source>{wrong} of {count} values wrong, off by up to {most}</source>
        <translation>{wrong} de {count} valores mal, desviados hasta {most}</translation>
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
    <name>Comparison</name>
    <message>
        <source>Learning rate of the untied layer only. Each untied weight is moved by ONE position&apos;s gradient, while the shared weight is moved by the SUM of all P positions&apos; gradients (900 for one 32×32 image), so with the lesson&apos;s learning rate the untied layer would barely move, and it stays stable at rates hundreds of times higher. The default, 10× the lesson&apos;s, is a rule of thumb, not an equivalent rate: it makes the untied filters move visibly without tuning. Whether the untied layer then fits its training image faster or slower than the shared filter depends on this rate and the image (on the default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves.</source>
        <translation>Tasa de aprendizaje solo de la capa no compartida. Cada peso no compartido se mueve con el gradiente de UNA posición, mientras que el peso compartido se mueve con la SUMA de los gradientes de las P posiciones (900 para una imagen de 32×32); con la tasa de aprendizaje de la lección la capa no compartida apenas se movería, y sigue estable con tasas cientos de veces mayores. El valor por defecto, 10× el de la lección, es una regla práctica, no una tasa equivalente: hace que los filtros no compartidos se muevan de forma visible sin ajustes. Que la capa no compartida ajuste su imagen de entrenamiento más rápido o más despacio que el filtro compartido depende de esta tasa y de la imagen (en la lección por defecto empieza más despacio y lo adelanta tras unos 400 pasos): compara las dos curvas de pérdida.</translation>
    </message>
    <message>
        <source>Learning rate of the untied layer only. Each untied weight is moved by ONE position&apos;s gradient, while the shared weight is moved by the SUM of all P positions&apos; gradients ({positions} in this lesson; 900 for one 32×32 image with the 3×3 valid filter), so with the lesson&apos;s learning rate the untied layer would barely move, and it stays stable at rates hundreds of times higher. The default, 10× the lesson&apos;s, is a rule of thumb, not an equivalent rate: it makes the untied filters move visibly without tuning. Whether the untied layer then fits its training image faster or slower than the shared filter depends on this rate and the image (on the default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves.</source>
        <translation>Tasa de aprendizaje solo de la capa no compartida. Cada peso no compartido se mueve con el gradiente de UNA posición, mientras que el peso compartido se mueve con la SUMA de los gradientes de las P posiciones ({positions} en esta lección; 900 para una imagen de 32×32 con el filtro 3×3 valid); con la tasa de aprendizaje de la lección la capa no compartida apenas se movería, y sigue estable con tasas cientos de veces mayores. El valor por defecto, 10× el de la lección, es una regla práctica, no una tasa equivalente: hace que los filtros no compartidos se muevan de forma visible sin ajustes. Que la capa no compartida ajuste su imagen de entrenamiento más rápido o más despacio que el filtro compartido depende de esta tasa y de la imagen (en la lección por defecto empieza más despacio y lo adelanta tras unos 400 pasos): compara las dos curvas de pérdida.</translation>
    </message>
    <message>
        <source>this image, moved {dx} px right and {dy} px down</source>
        <translation>esta imagen, desplazada {dx} px a la derecha y {dy} px hacia abajo</translation>
    </message>
    <message>
        <source>these {n} images, moved {dx} px right and {dy} px down</source>
        <translation>estas {n} imágenes, desplazadas {dx} px a la derecha y {dy} px hacia abajo</translation>
    </message>
    <message>
        <source>sample: {name}</source>
        <translation>ejemplo: {name}</translation>
    </message>
    <message>
        <source>The shared filter: {message}</source>
        <translation>El filtro compartido: {message}</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image; the shared filter learned the kernel itself, so it works on any image.</source>
        <translation>Cada filtro no compartido aprendió solo su propio recorte de la imagen de entrenamiento; el filtro compartido aprendió el kernel mismo, así que funciona con cualquier imagen.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images; the shared filter learned the kernel itself, so it works on any image.</source>
        <translation>Cada filtro no compartido aprendió solo los recortes de su propia posición en las {n} imágenes de entrenamiento; el filtro compartido aprendió el kernel mismo, así que funciona con cualquier imagen.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image. The shared filter has not learned the kernel: this image&apos;s patches do not span all {directions} directions (e.g. stripes, a gradient), so many filters fit it equally well, and one of them that is not the kernel can fail on another image.</source>
        <translation>Cada filtro no compartido aprendió solo su propio recorte de la imagen de entrenamiento. El filtro compartido no ha aprendido el kernel: los recortes de esta imagen no abarcan las {directions} direcciones (p. ej. franjas, un gradiente de brillo), así que muchos filtros encajan igual de bien, y uno de ellos que no es el kernel puede fallar con otra imagen.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images. The shared filter has not learned the kernel: this image&apos;s patches do not span all {directions} directions (e.g. stripes, a gradient), so many filters fit it equally well, and one of them that is not the kernel can fail on another image.</source>
        <translation>Cada filtro no compartido aprendió solo los recortes de su propia posición en las {n} imágenes de entrenamiento. El filtro compartido no ha aprendido el kernel: los recortes de esta imagen no abarcan las {directions} direcciones (p. ej. franjas, un gradiente de brillo), así que muchos filtros encajan igual de bien, y uno de ellos que no es el kernel puede fallar con otra imagen.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own patch of the training image. The shared filter is not at the kernel yet (largest weight error {error}): train longer.</source>
        <translation>Cada filtro no compartido aprendió solo su propio recorte de la imagen de entrenamiento. El filtro compartido aún no ha llegado al kernel (mayor error de peso {error}): entrena más tiempo.</translation>
    </message>
    <message>
        <source>Each untied filter learned only its own position&apos;s patches of the {n} training images. The shared filter is not at the kernel yet (largest weight error {error}): train longer.</source>
        <translation>Cada filtro no compartido aprendió solo los recortes de su propia posición en las {n} imágenes de entrenamiento. El filtro compartido aún no ha llegado al kernel (mayor error de peso {error}): entrena más tiempo.</translation>
    </message>
    <message>
        <source>both ≈ 0, round-off</source>
        <translation>ambas ≈ 0, redondeo</translation>
    </message>
    <message>
        <source>untied {ratio}x worse</source>
        <translation>no compartida {ratio}x peor</translation>
    </message>
    <message>
        <source>shared {ratio}x worse</source>
        <translation>compartido {ratio}x peor</translation>
    </message>
    <message>
        <source>untied exact</source>
        <translation>no compartida exacta</translation>
    </message>
    <message>
        <source>generalisation on {test} after {steps} steps: shared loss {shared}, untied loss {untied} ({verdict})</source>
        <translation>generalización tras {steps} pasos, probada en {test}: pérdida del filtro compartido {shared}, pérdida de la capa no compartida {untied} ({verdict})</translation>
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
    <name>Conv</name>
    <message>
        <source>&apos;same&apos; padding keeps the image&apos;s size only for an odd filter at stride 1, not with an even {k}x{k} filter; give a number of pixels instead</source>
        <translation>el relleno &apos;same&apos; conserva el tamaño de la imagen solo con un filtro impar y desplazamiento 1, no con un filtro par {k}x{k}; indica un número de píxeles</translation>
    </message>
    <message>
        <source>&apos;same&apos; padding keeps the image&apos;s size only for an odd filter at stride 1, not with stride {stride}; give a number of pixels instead</source>
        <translation>el relleno &apos;same&apos; conserva el tamaño de la imagen solo con un filtro impar y desplazamiento 1, no con desplazamiento {stride}; indica un número de píxeles</translation>
    </message>
    <message>
        <source>padding must be valid, same, full or a whole number of pixels, got {value}</source>
        <translation>el relleno debe ser valid, same, full o un número entero de píxeles, se recibió {value}</translation>
    </message>
    <message>
        <source>padding must be valid, same, full or a whole number of pixels &gt;= 0, got {value}</source>
        <translation>el relleno debe ser valid, same, full o un número entero de píxeles &gt;= 0, se recibió {value}</translation>
    </message>
    <message>
        <source>the kernel size must be a whole number &gt;= 1, got {value}</source>
        <translation>el tamaño del kernel debe ser un número entero &gt;= 1, se recibió {value}</translation>
    </message>
    <message>
        <source>the stride must be a whole number &gt;= 1, got {value}</source>
        <translation>el desplazamiento debe ser un número entero &gt;= 1, se recibió {value}</translation>
    </message>
    <message>
        <source>the padding must be a whole number of pixels &gt;= 0, got {value}</source>
        <translation>el relleno debe ser un número entero de píxeles &gt;= 0, se recibió {value}</translation>
    </message>
    <message>
        <source>image {w}x{h} is smaller than the {k}x{k} filter (the {wp}x{hp} padded image)</source>
        <translation>la imagen {w}x{h} es más pequeña que el filtro {k}x{k} (la imagen con relleno es de {wp}x{hp})</translation>
    </message>
    <message>
        <source>image {w}x{h} is smaller than the {k}x{k} filter</source>
        <translation>la imagen {w}x{h} es más pequeña que el filtro {k}x{k}</translation>
    </message>
    <message>
        <source>stride {stride} is larger than the {wp}x{hp} padded image: the filter would move off it after one position</source>
        <translation>el desplazamiento {stride} es mayor que la imagen con relleno de {wp}x{hp}: el filtro se saldría de ella tras una posición</translation>
    </message>
    <message>
        <source>stride {stride} is larger than the {wp}x{hp} image: the filter would move off it after one position</source>
        <translation>el desplazamiento {stride} es mayor que la imagen de {wp}x{hp}: el filtro se saldría de ella tras una posición</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <source>cnnviz guided tour: one shared 3×3 filter ({name})</source>
        <translation>Visita guiada de cnnviz: un filtro 3×3 compartido ({name})</translation>
    </message>
    <message>
        <source>the tour could not start</source>
        <translation>la visita no pudo empezar</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: a name starting with &apos;.&apos; would be a hidden folder</source>
        <translation>no se pueden escribir las diapositivas en {path}: un nombre que empieza por &apos;.&apos; sería una carpeta oculta</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: it is a file</source>
        <translation>no se pueden escribir las diapositivas en {path}: es un archivo</translation>
    </message>
    <message>
        <source>cannot write the deck into {path}: the folder holds other files ({names}); choose an empty or new folder</source>
        <translation>no se pueden escribir las diapositivas en {path}: la carpeta contiene otros archivos ({names}); elegir una carpeta vacía o nueva</translation>
    </message>
    <message>
        <source>Rendering the tour&apos;s chapters…</source>
        <translation>Dibujando los capítulos de la visita…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export the tour as slides (.pdf; no extension: a folder of PNGs)</source>
        <translation>Exportar la visita como diapositivas (.pdf; sin extensión: una carpeta de PNG)</translation>
    </message>
    <message>
        <source>PDF slides (*.pdf);;PNG slides in a folder (*)</source>
        <translation>Diapositivas PDF (*.pdf);;Diapositivas PNG en una carpeta (*)</translation>
    </message>
    <message>
        <source>Slides not exported</source>
        <translation>Diapositivas no exportadas</translation>
    </message>
    <message>
        <source>slides not exported: cancelled</source>
        <translation>diapositivas no exportadas: cancelado</translation>
    </message>
    <message>
        <source>wrote {count} slides to {path}</source>
        <translation>{count} diapositivas escritas en {path}</translation>
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
        <translation>El mapa de error δ = ∂L/∂y en cada posición (para la suma de cuadrados, 2·(y − T)). Cada δ multiplica su patch de 3x3 y se SUMA al único búfer de gradiente.</translation>
    </message>
    <message>
        <source>Error map δ = ∂L/∂y ({size})</source>
        <translation>Mapa de error δ = ∂L/∂y ({size})</translation>
    </message>
    <message>
        <source>The error map δ = ∂L/∂y at every position, with y = w · patch + b: {formula}. Each δ multiplies its patch and is ADDED into the one gradient buffer.</source>
        <translation>El mapa de error δ = ∂L/∂y en cada posición, con y = w · patch + b: {formula}. Cada δ multiplica su patch y se SUMA al único búfer de gradiente.</translation>
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
        <translation>Exporta una figura o una animación de la lección sin abrir ninguna ventana. Primero se entrena la
lección durante --steps actualizaciones; con las mismas opciones (y --seed) el archivo es el mismo
en cada ejecución.

El formato sigue la extensión de --out ARCHIVO:
  .png   la ventana, un panel o una diapositiva como imagen, a --scale 1-4 (las celdas siguen nítidas)
  .svg   lo mismo en vectores (texto y marcos), con las imágenes de las celdas incrustadas
  .gif   una animación: &apos;train&apos; = un fotograma cada --every actualizaciones, --frames en total;
         &apos;pass&apos; = una pasada hacia atrás posición por posición, reducida a --frames como máximo
  .mp4   la misma animación como vídeo H.264 (se reproduce en PowerPoint, Keynote, Google Slides y
         navegadores; necesita PyAV: pip install &quot;cnnviz[video]&quot;)
  una carpeta (sin extensión, p. ej. frames/): la animación como frame_0001.png, frame_0002.png, ...

--panel compare (una imagen fija): el filtro compartido (10 parámetros para 3x3 en gris; cualquier
capa) y la capa no compartida (un filtro por posición, su tasa de aprendizaje 10x --lr), ambos
entrenados desde el inicio con la semilla durante --steps y luego probados en --test-image; se
imprimen ambos errores.
</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} no es un número entero</translation>
    </message>
    <message>
        <source>{text} is outside {low}..{high}</source>
        <translation>{text} está fuera de {low}..{high}</translation>
    </message>
    <message>
        <source>{text} must be 1 or more</source>
        <translation>{text} debe ser 1 o mayor</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>ejemplos:</translation>
    </message>
    <message>
        <source>updates to train before exporting (default 0)</source>
        <translation>actualizaciones que se entrenan antes de exportar (por defecto 0)</translation>
    </message>
    <message>
        <source>also save the lesson (after training and any animation) to continue it later</source>
        <translation>guardar también la lección (tras el entrenamiento y cualquier animación) para continuarla después</translation>
    </message>
    <message>
        <source>the file to write: .png, .svg, .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>el archivo que se escribe: .png, .svg, .gif, .mp4 o una carpeta (sin extensión) para fotogramas PNG</translation>
    </message>
    <message>
        <source>what to export: window (default), slide, or one panel: {panels}. In animations &apos;window&apos; means the window&apos;s panels (the controls do not move)</source>
        <translation>qué exportar: window (por defecto), slide o un panel: {panels}. En las animaciones &apos;window&apos; son los paneles de la ventana (los controles no se mueven)</translation>
    </message>
    <message>
        <source>PNG and GIF pixels per screen pixel, 1-4 (default 1); a slide is always 1920x1080</source>
        <translation>píxeles de PNG y GIF por píxel de pantalla, 1-4 (por defecto 1); una diapositiva siempre es de 1920x1080</translation>
    </message>
    <message>
        <source>dark (as on screen, default) or light (white background, for slides and print; the default for --deck)</source>
        <translation>dark (como en pantalla, por defecto) o light (fondo blanco, para diapositivas e impresión; el valor por defecto de --deck)</translation>
    </message>
    <message>
        <source>show the step-through state after P positions (0..number of positions): the receptive field at position P, the running buffer (changed cells framed) and dx so far. With an animation: a &apos;pass&apos; from 0 to P positions</source>
        <translation>mostrar el estado paso a paso tras P posiciones (0..número de posiciones): el campo receptivo en la posición P, el búfer acumulado (celdas cambiadas enmarcadas) y dx hasta ahí. Con una animación: un &apos;pass&apos; de 0 a P posiciones</translation>
    </message>
    <message>
        <source>the panels on a slide, in order (default {panels})</source>
        <translation>los paneles de una diapositiva, en orden (por defecto {panels})</translation>
    </message>
    <message>
        <source>the slide&apos;s title (default: what the filter learns)</source>
        <translation>el título de la diapositiva (por defecto: lo que aprende el filtro)</translation>
    </message>
    <message>
        <source>--panel compare: the generalisation test image, &apos;shifted&apos; (the image moved 3 px, default) or a bundled sample&apos;s name</source>
        <translation>--panel compare: la imagen de prueba de generalización, &apos;shifted&apos; (la imagen desplazada 3 px, por defecto) o el nombre de un ejemplo incluido</translation>
    </message>
    <message>
        <source>the guided tour as slides</source>
        <translation>la visita guiada como diapositivas</translation>
    </message>
    <message>
        <source>export the tour: --out FILE.pdf (16:9, one page per chapter, its text selectable) or --out FOLDER/ (one 1920x1080 PNG per chapter)</source>
        <translation>exportar la visita: --out ARCHIVO.pdf (16:9, una página por capítulo, con texto seleccionable) o --out CARPETA/ (un PNG de 1920x1080 por capítulo)</translation>
    </message>
    <message>
        <source>--deck: a tour script of your own (TOML)</source>
        <translation>--deck: un guion de visita propio (TOML)</translation>
    </message>
    <message>
        <source>animations (.gif, .mp4 or a folder)</source>
        <translation>animaciones (.gif, .mp4 o una carpeta)</translation>
    </message>
    <message>
        <source>train: frames of training; pass: one backward pass position by position (default: pass with --position, else train)</source>
        <translation>train: fotogramas del entrenamiento; pass: una pasada hacia atrás posición por posición (por defecto: pass con --position, si no train)</translation>
    </message>
    <message>
        <source>number of frames, 1..{max} (default 50); &apos;pass&apos; uses at most N</source>
        <translation>número de fotogramas, 1..{max} (por defecto 50); &apos;pass&apos; usa como máximo N</translation>
    </message>
    <message>
        <source>updates between frames in &apos;train&apos; mode (default 10)</source>
        <translation>actualizaciones entre fotogramas en el modo &apos;train&apos; (por defecto 10)</translation>
    </message>
    <message>
        <source>how long each frame shows, in milliseconds (default 100; the MP4&apos;s frame rate is 1000/MS)</source>
        <translation>cuánto se muestra cada fotograma, en milisegundos (por defecto 100; la frecuencia de fotogramas del MP4 es 1000/MS)</translation>
    </message>
    <message>
        <source>cannot export to {path}: use .png, .svg, .gif, .mp4, or a folder (no extension) for PNG frames</source>
        <translation>no se puede exportar a {path}: usa .png, .svg, .gif, .mp4 o una carpeta (sin extensión) para fotogramas PNG</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {choices}</source>
        <translation>panel desconocido {name}; elige uno de {choices}</translation>
    </message>
    <message>
        <source>--scale applies to PNG and GIF; SVG is vector</source>
        <translation>--scale se aplica a PNG y GIF; SVG es vectorial</translation>
    </message>
    <message>
        <source>--scale does not apply to a slide: it is always 1920x1080</source>
        <translation>--scale no se aplica a una diapositiva: siempre es de 1920x1080</translation>
    </message>
    <message>
        <source>unknown slide panel {names}; choose from {choices}</source>
        <translation>panel de diapositiva desconocido {names}; elige entre {choices}</translation>
    </message>
    <message>
        <source>unknown slide panel (none given); choose from {choices}</source>
        <translation>panel de diapositiva desconocido (no se indicó ninguno); elige entre {choices}</translation>
    </message>
    <message>
        <source>--slide-panels and --title apply to --panel slide</source>
        <translation>--slide-panels y --title se aplican a --panel slide</translation>
    </message>
    <message>
        <source>--panel compare exports a still: use .png or .svg</source>
        <translation>--panel compare exporta una imagen fija: usa .png o .svg</translation>
    </message>
    <message>
        <source>--position does not apply to --panel compare</source>
        <translation>--position no se aplica a --panel compare</translation>
    </message>
    <message>
        <source>--test-image applies to --panel compare</source>
        <translation>--test-image se aplica a --panel compare</translation>
    </message>
    <message>
        <source>{option} applies to animations (.gif, .mp4 or a folder)</source>
        <translation>{option} se aplica a animaciones (.gif, .mp4 o una carpeta)</translation>
    </message>
    <message>
        <source>--position applies to stills and to --gif-mode pass</source>
        <translation>--position se aplica a imágenes fijas y a --gif-mode pass</translation>
    </message>
    <message>
        <source>--every applies to --gif-mode train</source>
        <translation>--every se aplica a --gif-mode train</translation>
    </message>
    <message>
        <source>--tour applies to --deck</source>
        <translation>--tour se aplica a --deck</translation>
    </message>
    <message>
        <source>cannot export the deck to {path}: use .pdf, or a folder (no extension) for PNGs</source>
        <translation>no se pueden exportar las diapositivas a {path}: usa .pdf o una carpeta (sin extensión) para PNG</translation>
    </message>
    <message>
        <source>{option} does not apply to --deck (each chapter sets its own state)</source>
        <translation>{option} no se aplica a --deck (cada capítulo fija su propio estado)</translation>
    </message>
    <message>
        <source>cnnviz export: warning: {message}</source>
        <translation>cnnviz export: aviso: {message}</translation>
    </message>
    <message>
        <source>--position {position} is outside 0..{positions} (the number of positions)</source>
        <translation>--position {position} está fuera de 0..{positions} (el número de posiciones)</translation>
    </message>
    <message>
        <source>cnnviz export: error: {message}</source>
        <translation>cnnviz export: error: {message}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} escrito</translation>
    </message>
    <message>
        <source>saved {path} at step {step}</source>
        <translation>{path} guardado en el paso {step}</translation>
    </message>
    <message>
        <source>cnnviz export: trained {done} of {steps} steps ({percent}; about {seconds} s to go)</source>
        <translation>cnnviz export: entrenados {done} de {steps} pasos ({percent}; quedan unos {seconds} s)</translation>
    </message>
    <message>
        <source>unknown --test-image {name}; choose {shifted} or one of {choices}</source>
        <translation>--test-image desconocido {name}; elige {shifted} o uno de {choices}</translation>
    </message>
    <message>
        <source>cnnviz: shared vs untied, what weight sharing buys</source>
        <translation>cnnviz: compartido vs. no compartido, lo que aporta compartir los pesos</translation>
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
    <name>Images</name>
    <message>
        <source>size must be a whole number or &quot;native&quot;, got {text}</source>
        <translation>el tamaño debe ser un número entero o &quot;native&quot;, se recibió {text}</translation>
    </message>
    <message>
        <source>size must be from 3 to {max} pixels, got {value}</source>
        <translation>el tamaño debe estar entre 3 y {max} píxeles, se recibió {value}</translation>
    </message>
    <message>
        <source>image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} filter</source>
        <translation>la imagen es de {w}x{h} píxeles; debe ser de al menos {k}x{k} para un filtro {k}x{k}</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; it must be at least {k}x{k} for a {k}x{k} filter</source>
        <translation>{path}: la imagen es de {w}x{h} píxeles; debe ser de al menos {k}x{k} para un filtro {k}x{k}</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels, more than the limit of {limit} pixels; shrink it first</source>
        <translation>{path}: la imagen es de {w}x{h} píxeles, más que el límite de {limit} píxeles; redúcela primero</translation>
    </message>
    <message>
        <source>{path}: not a supported image ({formats})</source>
        <translation>{path}: no es una imagen compatible ({formats})</translation>
    </message>
    <message>
        <source>{path}: image is too large to decode safely (limit {limit} pixels)</source>
        <translation>{path}: la imagen es demasiado grande para decodificarla con seguridad (límite {limit} píxeles)</translation>
    </message>
    <message>
        <source>{path}: not enough memory to decode this image</source>
        <translation>{path}: no hay memoria suficiente para decodificar esta imagen</translation>
    </message>
    <message>
        <source>{path}: cannot read file ({reason})</source>
        <translation>{path}: no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>{path}: damaged or truncated image ({reason})</source>
        <translation>{path}: imagen dañada o truncada ({reason})</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; it must be at least 3x3 for a 3x3 filter</source>
        <translation>{path}: la imagen es de {w}x{h} píxeles; debe ser de al menos 3x3 para un filtro 3x3</translation>
    </message>
    <message>
        <source>{path}: image is {w}x{h} pixels; fitted within {cap}x{cap} it would be {out_w}x{out_h}, smaller than the 3x3 filter; choose a size such as {size} instead of &quot;native&quot;</source>
        <translation>{path}: la imagen es de {w}x{h} píxeles; ajustada a {cap}x{cap} quedaría de {out_w}x{out_h}, más pequeña que el filtro 3x3; elige un tamaño como {size} en lugar de &quot;native&quot;</translation>
    </message>
    <message>
        <source>{path}: float image contains NaN or infinite values</source>
        <translation>{path}: la imagen de coma flotante contiene valores NaN o infinitos</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an image file</source>
        <translation>{path}: es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>{path}: not a regular file</source>
        <translation>{path}: no es un archivo normal</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: el archivo está vacío</translation>
    </message>
    <message>
        <source>{path}: symlink loop</source>
        <translation>{path}: bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>{path}: cannot read folder ({reason})</source>
        <translation>{path}: no se puede leer la carpeta ({reason})</translation>
    </message>
    <message>
        <source>{w}x{h} image</source>
        <translation>imagen de {w}x{h}</translation>
    </message>
    <message>
        <source>{source} at its own size</source>
        <translation>{source} a su propio tamaño</translation>
    </message>
    <message>
        <source>{source}, downscaled to {w}x{h}</source>
        <translation>{source}, reducida a {w}x{h}</translation>
    </message>
    <message>
        <source>{source}, used as is</source>
        <translation>{source}, usada tal cual</translation>
    </message>
    <message>
        <source>{source}, resampled to {size}x{size}</source>
        <translation>{source}, reescalada a {size}x{size}</translation>
    </message>
    <message>
        <source>{source}, centre {m}x{m} square resampled to {size}x{size}</source>
        <translation>{source}, cuadrado central de {m}x{m} reescalado a {size}x{size}</translation>
    </message>
    <message>
        <source>{w}x{h} sample &apos;{name}&apos;</source>
        <translation>imagen de ejemplo &apos;{name}&apos; de {w}x{h}</translation>
    </message>
    <message>
        <source>{w}x{h} image ({name})</source>
        <translation>imagen de {w}x{h} ({name})</translation>
    </message>
    <message>
        <source>batch of {n} images from {folder}; the first: {first}</source>
        <translation>lote de {n} imágenes de {folder}; la primera: {first}</translation>
    </message>
    <message>
        <source>{w}x{h} photo</source>
        <translation>foto de {w}x{h}</translation>
    </message>
    <message>
        <source>{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of {limit} MiB of pixels; use --size {fits} or smaller</source>
        <translation>{path}: {n} imágenes de hasta {w}x{h} necesitan {need} MiB, más que el límite de {limit} MiB de píxeles; usa --size {fits} o menor</translation>
    </message>
    <message>
        <source>{path}: {n} images of up to {w}x{h} need {need} MiB, more than the limit of {limit} MiB of pixels; use fewer images</source>
        <translation>{path}: {n} imágenes de hasta {w}x{h} necesitan {need} MiB, más que el límite de {limit} MiB de píxeles; usa menos imágenes</translation>
    </message>
    <message>
        <source>{path}: no such folder</source>
        <translation>{path}: no existe la carpeta</translation>
    </message>
    <message>
        <source>{path}: is a file, not a folder</source>
        <translation>{path}: es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>{path}: folder has no images (looked for {extensions})</source>
        <translation>{path}: la carpeta no tiene imágenes (se buscó {extensions})</translation>
    </message>
    <message>
        <source>{path}: folder has {n} images; a batch can hold at most {max}</source>
        <translation>{path}: la carpeta tiene {n} imágenes; un lote admite como máximo {max}</translation>
    </message>
    <message>
        <source>{path}: images differ in size ({first} is {w1}x{h1}, {other} is {w2}x{h2}); choose a size such as {size} instead of &quot;native&quot;</source>
        <translation>{path}: las imágenes tienen tamaños distintos ({first} es de {w1}x{h1}, {other} es de {w2}x{h2}); elige un tamaño como {size} en lugar de &quot;native&quot;</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>{path}: bundled samples are missing or broken ({reason}); reinstall cnnviz</source>
        <translation>{path}: los ejemplos incluidos faltan o están dañados ({reason}); reinstala cnnviz</translation>
    </message>
    <message>
        <source>unknown sample {name}; choose one of: {names}</source>
        <translation>ejemplo desconocido {name}; elige uno de: {names}</translation>
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
    <name>Kernels</name>
    <message>
        <source>vertical edges (brightness changing left to right)</source>
        <translation>bordes verticales (el brillo cambia de izquierda a derecha)</translation>
    </message>
    <message>
        <source>horizontal edges (brightness changing top to bottom)</source>
        <translation>bordes horizontales (el brillo cambia de arriba abajo)</translation>
    </message>
    <message>
        <source>spots and outlines (second derivative in both directions)</source>
        <translation>puntos y contornos (segunda derivada en ambas direcciones)</translation>
    </message>
    <message>
        <source>average of the 3x3 neighbourhood</source>
        <translation>media del vecindario de 3x3</translation>
    </message>
    <message>
        <source>boosts the centre against its four neighbours</source>
        <translation>realza el centro frente a sus cuatro vecinos</translation>
    </message>
    <message>
        <source>copies the centre pixel</source>
        <translation>copia el píxel central</translation>
    </message>
    <message>
        <source>kernel text is empty; type {k} rows separated by &apos;;&apos;, e.g. {example}</source>
        <translation>el texto del kernel está vacío; escribe {k} filas separadas por &apos;;&apos;, p. ej. {example}</translation>
    </message>
    <message>
        <source>kernel row {row}: {text} is not a number</source>
        <translation>fila {row} del kernel: {text} no es un número</translation>
    </message>
    <message>
        <source>kernel row {row}: values must be finite numbers (no nan or inf)</source>
        <translation>fila {row} del kernel: los valores deben ser números finitos (ni nan ni inf)</translation>
    </message>
    <message>
        <source>kernel row {row}: values must be between -{limit} and {limit}</source>
        <translation>fila {row} del kernel: los valores deben estar entre -{limit} y {limit}</translation>
    </message>
    <message>
        <source>a {m}x{m} kernel does not fit the {k}x{k} filter; type {k} rows of {k} numbers</source>
        <translation>un kernel {m}x{m} no encaja en el filtro {k}x{k}; escribe {k} filas de {k} números</translation>
    </message>
    <message>
        <source>kernel must be {k} rows of {k} numbers (got rows of {shape}), e.g. {example}</source>
        <translation>el kernel debe tener {k} filas de {k} números (se recibieron filas de {shape}), p. ej. {example}</translation>
    </message>
    <message>
        <source>kernel must be 3 rows of 3 numbers, or k rows of k for a k x k filter (k up to {max}) (got rows of {shape}), e.g. {example}</source>
        <translation>el kernel debe tener 3 filas de 3 números, o k filas de k para un filtro k x k (k hasta {max}) (se recibieron filas de {shape}), p. ej. {example}</translation>
    </message>
    <message>
        <source>the named kernels are 3x3; for a {k}x{k} filter type the target as {k} rows of {k} numbers separated by &apos;;&apos;</source>
        <translation>los kernels con nombre son 3x3; para un filtro {k}x{k} escribe el objetivo como {k} filas de {k} números separadas por &apos;;&apos;</translation>
    </message>
    <message>
        <source>unknown kernel {spec}; use one of {names} or type 3 rows like 1,0,-1;2,0,-2;1,0,-1</source>
        <translation>kernel desconocido {spec}; usa uno de {names} o escribe 3 filas como 1,0,-1;2,0,-2;1,0,-1</translation>
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
        <source>buttons, settings, panels; arrows in a panel read a cell</source>
        <translation>botones, ajustes, paneles; las flechas en un panel leen una celda</translation>
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
    <name>LessonConfig</name>
    <message>
        <source>{shape} filter, stride {stride}, padding {padding} ({name})</source>
        <translation>filtro {shape}, desplazamiento {stride}, relleno {padding} ({name})</translation>
    </message>
    <message>
        <source>{shape} filter, stride {stride}, padding {padding}</source>
        <translation>filtro {shape}, desplazamiento {stride}, relleno {padding}</translation>
    </message>
    <message>
        <source>{who} shows the 3x3 grey filter (valid, stride 1) only, for now; this lesson has a {layer}: train it with `cnnviz train`</source>
        <translation>{who} muestra por ahora solo el filtro 3x3 en gris (valid, desplazamiento 1); esta lección tiene un {layer}: entrénala con `cnnviz train`</translation>
    </message>
    <message>
        <source>{name} must be text, got {value}</source>
        <translation>{name} debe ser texto, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} debe ser un número, se recibió {value}</translation>
    </message>
    <message>
        <source>seed must be a non-negative integer, got {value}</source>
        <translation>seed debe ser un entero no negativo, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low} to {high}, got {value}</source>
        <translation>{name} debe ser un número entero de {low} a {high}, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number {low} or more, got {value}</source>
        <translation>{name} debe ser un número entero desde {low}, se recibió {value}</translation>
    </message>
    <message>
        <source>color must be true or false, got {value}</source>
        <translation>color debe ser true o false, se recibió {value}</translation>
    </message>
    <message>
        <source>padding {padding} is more than &apos;full&apos; ({full} for a {k}x{k} filter): the outermost positions would see only zeros</source>
        <translation>el relleno {padding} es mayor que &apos;full&apos; ({full} para un filtro {k}x{k}): las posiciones más externas solo verían ceros</translation>
    </message>
    <message>
        <source>learning rate must be a positive finite number, got {value}</source>
        <translation>la tasa de aprendizaje debe ser un número positivo finito, se recibió {value}</translation>
    </message>
    <message>
        <source>unknown optimizer {value}; choose one of {choices}</source>
        <translation>optimizador desconocido {value}; elige uno de {choices}</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1), got {value}</source>
        <translation>momentum debe estar en [0, 1), se recibió {value}</translation>
    </message>
    <message>
        <source>unknown reduction {value}; choose one of {choices}</source>
        <translation>reducción desconocida {value}; elige una de {choices}</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to 2**64-1, got {value}</source>
        <translation>seed debe ser un número entero de 0 a 2**64-1, se recibió {value}</translation>
    </message>
    <message>
        <source>init_scale must be a non-negative finite number, got {value}</source>
        <translation>init_scale debe ser un número finito no negativo, se recibió {value}</translation>
    </message>
    <message>
        <source>colour images must be (3, H, W) or (N, 3, H, W), got {shape}</source>
        <translation>las imágenes en color deben ser (3, H, W) o (N, 3, H, W), se recibió {shape}</translation>
    </message>
    <message>
        <source>images must be (H, W) or (N, H, W) with H, W &gt;= {k}, got {shape}</source>
        <translation>las imágenes deben ser (H, W) o (N, H, W) con H, W &gt;= {k}, se recibió {shape}</translation>
    </message>
    <message>
        <source>images contain non-finite values</source>
        <translation>las imágenes contienen valores no finitos</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} of the untied layer on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.</source>
        <translation>Prueba una tasa de aprendizaje de {lr} o menor: el descenso con momentum μ = {mu} de la capa no compartida en estas imágenes diverge a partir de lr = 2(1 + μ)/λmax = {limit}.</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: descent with momentum μ = {mu} on these images diverges from lr = 2(1 + μ)/λmax = {limit} on.</source>
        <translation>Prueba una tasa de aprendizaje de {lr} o menor: el descenso con momentum μ = {mu} en estas imágenes diverge a partir de lr = 2(1 + μ)/λmax = {limit}.</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: plain descent of the untied layer on these images diverges from lr = 2/λmax = {limit} on.</source>
        <translation>Prueba una tasa de aprendizaje de {lr} o menor: el descenso simple de la capa no compartida en estas imágenes diverge a partir de lr = 2/λmax = {limit}.</translation>
    </message>
    <message>
        <source>Try a learning rate of {lr} or smaller: plain descent on these images diverges from lr = 2/λmax = {limit} on.</source>
        <translation>Prueba una tasa de aprendizaje de {lr} o menor: el descenso simple en estas imágenes diverge a partir de lr = 2/λmax = {limit}.</translation>
    </message>
    <message>
        <source>{name} cannot change during a lesson; start a new lesson with it</source>
        <translation>{name} no puede cambiar durante una lección; empieza una lección nueva con ese valor</translation>
    </message>
    <message>
        <source>the target map is not finite: the kernel&apos;s values are too large</source>
        <translation>el mapa objetivo no es finito: los valores del kernel son demasiado grandes</translation>
    </message>
    <message>
        <source>the loss overflowed</source>
        <translation>la pérdida se desbordó</translation>
    </message>
    <message>
        <source>training diverged after step {step}: {what} with learning rate {lr}; the last finite weights are kept. {advice}</source>
        <translation>el entrenamiento divergió tras el paso {step}: {what} con tasa de aprendizaje {lr}; se conservan los últimos pesos finitos. {advice}</translation>
    </message>
    <message>
        <source>saved parameters must be {n} finite numbers</source>
        <translation>los parámetros guardados deben ser {n} números finitos</translation>
    </message>
    <message>
        <source>step count must be non-negative, got {value}</source>
        <translation>el número de pasos no puede ser negativo, se recibió {value}</translation>
    </message>
    <message>
        <source>optimizer {name} needs state {needed}, got {given}</source>
        <translation>el optimizador {name} necesita el estado {needed}, se recibió {given}</translation>
    </message>
    <message>
        <source>optimizer state {name} must be {n} finite numbers</source>
        <translation>el estado del optimizador {name} debe ser {n} números finitos</translation>
    </message>
    <message>
        <source>history steps must be below the step count</source>
        <translation>los pasos del historial deben quedar por debajo del número de pasos</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>cannot save lesson to {path}: {reason}</source>
        <translation>no se puede guardar la lección en {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot open lesson {path}: {reason}</source>
        <translation>no se puede abrir la lección {path}: {reason}</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is damaged ({reason})</source>
        <translation>el archivo está dañado ({reason})</translation>
    </message>
    <message>
        <source>cannot restore lesson: {reason}</source>
        <translation>no se puede restaurar la lección: {reason}</translation>
    </message>
    <message>
        <source>cannot restore lesson: its weights (up to {peak}) make the loss overflow</source>
        <translation>no se puede restaurar la lección: sus pesos (hasta {peak}) desbordan la pérdida</translation>
    </message>
    <message>
        <source>image_label must be text, got {type}</source>
        <translation>image_label debe ser texto, se recibió {type}</translation>
    </message>
    <message>
        <source>extra must be a dict, got {type}</source>
        <translation>extra debe ser un dict, se recibió {type}</translation>
    </message>
    <message>
        <source>trainer state {names} has no place in format version {version}</source>
        <translation>el estado del entrenador {names} no tiene sitio en la versión {version} del formato</translation>
    </message>
    <message>
        <source>trainer state lacks {names}</source>
        <translation>al estado del entrenador le falta {names}</translation>
    </message>
    <message>
        <source>array {name} has dtype {dtype}, expected numbers</source>
        <translation>el array {name} tiene dtype {dtype}, se esperaban números</translation>
    </message>
    <message>
        <source>extra must hold only JSON values (finite numbers, text, lists, dicts): {reason}</source>
        <translation>extra solo debe contener valores JSON (números finitos, texto, listas, dicts): {reason}</translation>
    </message>
    <message>
        <source>the header would be {size} bytes, more than {max}</source>
        <translation>la cabecera ocuparía {size} bytes, más de {max}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than a lesson can be ({max})</source>
        <translation>el archivo tiene {size} bytes, más de lo que puede ocupar una lección ({max})</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (a single NumPy array, not an .npz archive)</source>
        <translation>no es una lección de cnnviz (un único array de NumPy, no un archivo .npz)</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not a NumPy .npz archive)</source>
        <translation>no es una lección de cnnviz (no es un archivo .npz de NumPy)</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not a NumPy .npz archive: {reason})</source>
        <translation>no es una lección de cnnviz (no es un archivo .npz de NumPy: {reason})</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (not an .npz archive)</source>
        <translation>no es una lección de cnnviz (no es un archivo .npz)</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (no {member} member)</source>
        <translation>no es una lección de cnnviz (no hay miembro {member})</translation>
    </message>
    <message>
        <source>missing array member {member}.npy</source>
        <translation>falta el miembro de array {member}.npy</translation>
    </message>
    <message>
        <source>unknown member {member}.npy</source>
        <translation>miembro desconocido {member}.npy</translation>
    </message>
    <message>
        <source>{name}.npy has shape {shape} but the header says {declared}</source>
        <translation>{name}.npy tiene forma {shape} pero la cabecera dice {declared}</translation>
    </message>
    <message>
        <source>the archive has {n} members, more than a lesson has</source>
        <translation>el archivo tiene {n} miembros, más de los que tiene una lección</translation>
    </message>
    <message>
        <source>unexpected member {member} (a lesson holds only .npy arrays)</source>
        <translation>miembro inesperado {member} (una lección solo contiene arrays .npy)</translation>
    </message>
    <message>
        <source>the member {member} appears twice</source>
        <translation>el miembro {member} aparece dos veces</translation>
    </message>
    <message>
        <source>member {name} declares {size} bytes uncompressed, more than the limit of {max}</source>
        <translation>el miembro {name} declara {size} bytes sin comprimir, más que el límite de {max}</translation>
    </message>
    <message>
        <source>the members declare {total} bytes uncompressed, more than the limit of {max}</source>
        <translation>los miembros declaran {total} bytes sin comprimir, más que el límite de {max}</translation>
    </message>
    <message>
        <source>member {name} uses .npy format version {version}, which cnnviz does not read</source>
        <translation>el miembro {name} usa la versión {version} del formato .npy, que cnnviz no lee</translation>
    </message>
    <message>
        <source>member {name} holds pickled Python objects, which cnnviz never loads</source>
        <translation>el miembro {name} contiene objetos de Python serializados con pickle, que cnnviz nunca carga</translation>
    </message>
    <message>
        <source>member {name} holds Python objects</source>
        <translation>el miembro {name} contiene objetos de Python</translation>
    </message>
    <message>
        <source>member {name} has dtype {dtype}, expected {expected}</source>
        <translation>el miembro {name} tiene dtype {dtype}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>member {name} is {size} bytes but its shape {shape} needs {expected}</source>
        <translation>el miembro {name} ocupa {size} bytes pero su forma {shape} necesita {expected}</translation>
    </message>
    <message>
        <source>member {name} did not read back as declared</source>
        <translation>el miembro {name} no se leyó como estaba declarado</translation>
    </message>
    <message>
        <source>the header has shape {shape}, expected up to {max} bytes</source>
        <translation>la cabecera tiene forma {shape}, se esperaban hasta {max} bytes</translation>
    </message>
    <message>
        <source>colour images must have shape (N, 3, H, W), got {shape}</source>
        <translation>las imágenes en color deben tener forma (N, 3, H, W), se recibió {shape}</translation>
    </message>
    <message>
        <source>images must have shape (N, H, W), got {shape}</source>
        <translation>las imágenes deben tener forma (N, H, W), se recibió {shape}</translation>
    </message>
    <message>
        <source>a lesson holds 1 to {max} images, got {n}</source>
        <translation>una lección contiene de 1 a {max} imágenes, se recibieron {n}</translation>
    </message>
    <message>
        <source>images must be {low} to {high} pixels a side, got {h}x{w}</source>
        <translation>las imágenes deben tener de {low} a {high} píxeles de lado, se recibió {h}x{w}</translation>
    </message>
    <message>
        <source>{n} images of {h}x{w} exceed the limit of {limit} MiB of pixels</source>
        <translation>{n} imágenes de {h}x{w} superan el límite de {limit} MiB de píxeles</translation>
    </message>
    <message>
        <source>expected shape {expected}, got {shape}</source>
        <translation>se esperaba forma {expected}, se recibió {shape}</translation>
    </message>
    <message>
        <source>expected a 1-D array, got shape {shape}</source>
        <translation>se esperaba un array 1-D, se recibió forma {shape}</translation>
    </message>
    <message>
        <source>expected shape (n, {num_params}), got {shape}</source>
        <translation>se esperaba forma (n, {num_params}), se recibió {shape}</translation>
    </message>
    <message>
        <source>the header is not valid JSON ({reason})</source>
        <translation>la cabecera no es JSON válido ({reason})</translation>
    </message>
    <message>
        <source>the header must be a JSON object, got {type}</source>
        <translation>la cabecera debe ser un objeto JSON, se recibió {type}</translation>
    </message>
    <message>
        <source>not a cnnviz lesson (format {format}, expected {expected})</source>
        <translation>no es una lección de cnnviz (formato {format}, se esperaba {expected})</translation>
    </message>
    <message>
        <source>the format version must be an integer, got {version}</source>
        <translation>la versión del formato debe ser un entero, se recibió {version}</translation>
    </message>
    <message>
        <source>made by a newer cnnviz (lesson format version {version}); this cnnviz reads version {readable}</source>
        <translation>creada por un cnnviz más reciente (versión {version} del formato de lección); este cnnviz lee la versión {readable}</translation>
    </message>
    <message>
        <source>unsupported lesson format version {version}; this cnnviz reads versions 1 to {readable}</source>
        <translation>versión {version} del formato de lección no compatible; este cnnviz lee las versiones 1 a {readable}</translation>
    </message>
    <message>
        <source>the header lacks {names}</source>
        <translation>a la cabecera le falta {names}</translation>
    </message>
    <message>
        <source>the header has unknown key {setting}</source>
        <translation>la cabecera tiene la clave desconocida {setting}</translation>
    </message>
    <message>
        <source>{key} must be an integer from {lo} to {hi_text}, got {value}</source>
        <translation>{key} debe ser un entero de {lo} a {hi_text}, se recibió {value}</translation>
    </message>
    <message>
        <source>history_capacity must be even, got {value}</source>
        <translation>history_capacity debe ser par, se recibió {value}</translation>
    </message>
    <message>
        <source>extra must be a JSON object, got {type}</source>
        <translation>extra debe ser un objeto JSON, se recibió {type}</translation>
    </message>
    <message>
        <source>config has unknown setting {setting}</source>
        <translation>config tiene el ajuste desconocido {setting}</translation>
    </message>
    <message>
        <source>the header&apos;s array list does not match the lesson (see {member})</source>
        <translation>la lista de arrays de la cabecera no coincide con la lección (ver {member})</translation>
    </message>
    <message>
        <source>the header says {name} has dtype {dtype}, expected {expected}</source>
        <translation>la cabecera dice que {name} tiene dtype {dtype}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>the header&apos;s shape for {name} is not a short list of sizes</source>
        <translation>la forma de {name} en la cabecera no es una lista corta de tamaños</translation>
    </message>
    <message>
        <source>the header&apos;s shape for {name}: {reason}</source>
        <translation>la forma de {name} en la cabecera: {reason}</translation>
    </message>
    <message>
        <source>config lacks {names}</source>
        <translation>a config le falta {names}</translation>
    </message>
    <message>
        <source>config.padding must be valid, same, full or a number of pixels, got {value}</source>
        <translation>config.padding (el relleno) debe ser valid, same, full o un número de píxeles, se recibió {value}</translation>
    </message>
    <message>
        <source>config.{name} must be a finite number, got {value}</source>
        <translation>config.{name} debe ser un número finito, se recibió {value}</translation>
    </message>
    <message>
        <source>config.{name} must be an integer from 0 to 2**64-1, got {value}</source>
        <translation>config.{name} debe ser un entero de 0 a 2**64-1, se recibió {value}</translation>
    </message>
    <message>
        <source>config.{name} must be true or false, got {value}</source>
        <translation>config.{name} debe ser true o false, se recibió {value}</translation>
    </message>
    <message>
        <source>config.{name} cannot be stored in lesson format version {version}</source>
        <translation>config.{name} no se puede guardar en la versión {version} del formato de lección</translation>
    </message>
    <message>
        <source>bad setting: {reason}</source>
        <translation>ajuste no válido: {reason}</translation>
    </message>
    <message>
        <source>{name} does not match the header&apos;s dtype and shape</source>
        <translation>{name} no coincide con el dtype y la forma de la cabecera</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>image values must be in [0, 1], found {low} to {high}</source>
        <translation>los valores de la imagen deben estar en [0, 1], se encontró de {low} a {high}</translation>
    </message>
    <message>
        <source>{name} contain NaN or infinite values</source>
        <translation>{name} contienen valores NaN o infinitos</translation>
    </message>
    <message>
        <source>step_count is {step_count} but the header says {header_steps}</source>
        <translation>step_count es {step_count} pero la cabecera dice {header_steps}</translation>
    </message>
    <message>
        <source>initial_params do not match seed {seed} and init_scale {init_scale} (edited file, or a NumPy whose random generator differs)</source>
        <translation>initial_params no coinciden con la semilla {seed} y init_scale {init_scale} (archivo editado, o un NumPy cuyo generador aleatorio es distinto)</translation>
    </message>
    <message>
        <source>history arrays disagree in length (steps {n}, losses {losses}, params {params})</source>
        <translation>los arrays del historial difieren en longitud (pasos {n}, pérdidas {losses}, parámetros {params})</translation>
    </message>
    <message>
        <source>history has {n} rows, more than its capacity {capacity}</source>
        <translation>el historial tiene {n} filas, más que su capacidad {capacity}</translation>
    </message>
    <message>
        <source>history stride must be a power of two, got {stride}</source>
        <translation>el desplazamiento entre filas del historial (stride) debe ser una potencia de dos, se recibió {stride}</translation>
    </message>
    <message>
        <source>history steps must increase from 0 and stay below the step count {step_count}</source>
        <translation>los pasos del historial deben crecer desde 0 y quedar por debajo del número de pasos {step_count}</translation>
    </message>
    <message>
        <source>history steps must be multiples of the stride {stride}</source>
        <translation>los pasos del historial deben ser múltiplos de su desplazamiento entre filas {stride}</translation>
    </message>
    <message>
        <source>{key} must be text, got {value}</source>
        <translation>{key} debe ser texto, se recibió {value}</translation>
    </message>
    <message>
        <source>{key} is longer than {max} characters</source>
        <translation>{key} tiene más de {max} caracteres</translation>
    </message>
    <message>
        <source>{name} is not allowed</source>
        <translation>{name} no está permitido</translation>
    </message>
    <message>
        <source>number {text} is out of range</source>
        <translation>el número {text} está fuera de rango</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>clave duplicada {key}</translation>
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
    <name>Notebook</name>
    <message>
        <source>cnnviz figures are drawn on the main thread only (Qt&apos;s rule): call this from the notebook&apos;s cell, not from a thread</source>
        <translation>las figuras de cnnviz se dibujan solo en el hilo principal (regla de Qt): llama a esto desde la celda del cuaderno, no desde un hilo</translation>
    </message>
    <message>
        <source>a Qt application without widgets (QCoreApplication) already runs in this process; cnnviz draws with widgets and cannot make a second one</source>
        <translation>en este proceso ya se ejecuta una aplicación Qt sin widgets (QCoreApplication); cnnviz dibuja con widgets y no puede crear una segunda</translation>
    </message>
    <message>
        <source>unknown theme {theme}; choose dark or light</source>
        <translation>tema desconocido {theme}; elige dark o light</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} debe ser un número entero, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} must be {low} or more, got {value}</source>
        <translation>{name} debe ser {low} o mayor, se recibió {value}</translation>
    </message>
    <message>
        <source>{name} {value} is outside {low}..{high}</source>
        <translation>{name} {value} está fuera de {low}..{high}</translation>
    </message>
    <message>
        <source>{what} needs a file name, got {type} {value}</source>
        <translation>{what} necesita un nombre de archivo, se recibió {type} {value}</translation>
    </message>
    <message>
        <source>scale applies to PNG; SVG is vector</source>
        <translation>scale se aplica a PNG; SVG es vectorial</translation>
    </message>
    <message>
        <source>scale does not apply to a slide: it is always 1920x1080</source>
        <translation>scale no se aplica a una diapositiva: siempre es de 1920x1080</translation>
    </message>
    <message>
        <source>cannot save an animation to {path}: use .gif</source>
        <translation>no se puede guardar una animación en {path}: usa .gif</translation>
    </message>
    <message>
        <source>check of {function}: your buffer beside the true one</source>
        <translation>comprobación de {function}: tu búfer junto al correcto</translation>
    </message>
    <message>
        <source>your dw and db beside the true ones</source>
        <translation>tus dw y db junto a los verdaderos</translation>
    </message>
    <message>
        <source>the report as text</source>
        <translation>el informe como texto</translation>
    </message>
    <message>
        <source>color must be True or False, got {value}</source>
        <translation>color debe ser True o False, se recibió {value}</translation>
    </message>
    <message>
        <source>target must be text, a kernel&apos;s name or &apos;a,b,c;d,e,f;g,h,i&apos;, got {value}</source>
        <translation>target (el objetivo) debe ser texto, el nombre de un kernel o &apos;a,b,c;d,e,f;g,h,i&apos;, se recibió {value}</translation>
    </message>
    <message>
        <source>give either an image or a sample, not both</source>
        <translation>indica una imagen o un ejemplo, no ambos</translation>
    </message>
    <message>
        <source>a lesson holds at most 2**62 steps; it is at {step}, and {steps} more would pass that</source>
        <translation>una lección admite como máximo 2**62 pasos; va por el {step}, y {steps} más lo superarían</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>unknown panel {name}; choose one of {choices}</source>
        <translation>panel desconocido {name}; elige uno de {choices}</translation>
    </message>
    <message>
        <source>{panel} at step {step}</source>
        <translation>{panel} en el paso {step}</translation>
    </message>
    <message>
        <source>{panel} at step {step} after {position} positions</source>
        <translation>{panel} en el paso {step} tras {position} posiciones</translation>
    </message>
    <message>
        <source>unknown slide panel {names}; choose from {choices}</source>
        <translation>panel de diapositiva desconocido {names}; elige entre {choices}</translation>
    </message>
    <message>
        <source>unknown slide panel (none given); choose from {choices}</source>
        <translation>panel de diapositiva desconocido (no se indicó ninguno); elige entre {choices}</translation>
    </message>
    <message>
        <source>slide at step {step}</source>
        <translation>diapositiva en el paso {step}</translation>
    </message>
    <message>
        <source>stepthrough needs a position: 0..the number of positions</source>
        <translation>stepthrough necesita una posición: 0..el número de posiciones</translation>
    </message>
    <message>
        <source>step-through at step {step}: {counter}</source>
        <translation>paso a paso en el paso {step}: {counter}</translation>
    </message>
    <message>
        <source>position {position} is outside 0..{positions} (the number of positions)</source>
        <translation>la posición {position} está fuera de 0..{positions} (el número de posiciones)</translation>
    </message>
    <message>
        <source>unknown mode {mode}; choose train or pass</source>
        <translation>modo desconocido {mode}; elige train o pass</translation>
    </message>
    <message>
        <source>position applies to mode=&apos;pass&apos;</source>
        <translation>position (la posición) se aplica a mode=&apos;pass&apos;</translation>
    </message>
    <message>
        <source>one backward pass, {count} of {positions} positions</source>
        <translation>una pasada hacia atrás, {count} de {positions} posiciones</translation>
    </message>
    <message>
        <source>training from step {step}, a frame every {every} updates</source>
        <translation>entrenamiento desde el paso {step}, un fotograma cada {every} actualizaciones</translation>
    </message>
    <message>
        <source>rendering frames</source>
        <translation>renderizando fotogramas</translation>
    </message>
    <message>
        <source>unknown convention {name}; choose one of {choices}</source>
        <translation>convención desconocida {name}; elige una de {choices}</translation>
    </message>
    <message>
        <source>timeout must be a positive number of seconds, got {value}</source>
        <translation>timeout debe ser un número positivo de segundos, se recibió {value}</translation>
    </message>
    <message>
        <source>{function} (from the notebook)</source>
        <translation>{function} (del cuaderno)</translation>
    </message>
    <message>
        <source>image must be a file, a folder or an array: {reason}</source>
        <translation>image debe ser un archivo, una carpeta o un array: {reason}</translation>
    </message>
    <message>
        <source>image of shape {shape} looks like one colour image (H, W, {c}); a lesson&apos;s image is grey: pass image.mean(axis=2), or a batch as (N, H, W)</source>
        <translation>una imagen de forma {shape} parece una imagen en color (H, W, {c}); la imagen de una lección es gris: pasa image.mean(axis=2), o un lote como (N, H, W)</translation>
    </message>
    <message>
        <source>image has {n} pixels; the most a lesson holds is {max} (as float64, {mb} MB)</source>
        <translation>la imagen tiene {n} píxeles; una lección admite como máximo {max} (como float64, {mb} MB)</translation>
    </message>
    <message>
        <source>image must be an array of numbers, got dtype {dtype}</source>
        <translation>image debe ser un array de números, se recibió dtype {dtype}</translation>
    </message>
    <message>
        <source>image values must be in [0, 1] (got {low}..{high}); divide by 255 for 8-bit pixels</source>
        <translation>los valores de la imagen deben estar en [0, 1] (se recibió {low}..{high}); divide entre 255 para píxeles de 8 bits</translation>
    </message>
    <message>
        <source>check() needs a function defined with def, got {type}</source>
        <translation>check() necesita una función definida con def, se recibió {type}</translation>
    </message>
    <message>
        <source>check() needs a function defined with def, not a lambda</source>
        <translation>check() necesita una función definida con def, no una lambda</translation>
    </message>
    <message>
        <source>check() needs a function whose name is a Python name, got {name}</source>
        <translation>check() necesita una función cuyo nombre sea un nombre de Python, se recibió {name}</translation>
    </message>
    <message>
        <source>check() carries {n} characters of source and constants from the notebook (limit {max}): keep large data out of the globals your function uses</source>
        <translation>check() lleva {n} caracteres de código y constantes del cuaderno (límite {max}): deja los datos grandes fuera de las variables globales que usa tu función</translation>
    </message>
    <message>
        <source>cannot read the source of {name}: define it with def in a notebook cell or a .py file</source>
        <translation>no se puede leer el código de {name}: defínela con def en una celda del cuaderno o en un archivo .py</translation>
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
    <name>SafeWrite</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>no es un nombre de archivo</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>{name} is not a folder</source>
        <translation>{name} no es una carpeta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a regular file; it is left as it was</source>
        <translation>es una carpeta, no un archivo normal; se deja como estaba</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a regular file; it is left as it was</source>
        <translation>es un FIFO (tubería con nombre), no un archivo normal; se deja como estaba</translation>
    </message>
    <message>
        <source>it is a device, not a regular file; it is left as it was</source>
        <translation>es un dispositivo, no un archivo normal; se deja como estaba</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file; it is left as it was</source>
        <translation>es un socket, no un archivo normal; se deja como estaba</translation>
    </message>
    <message>
        <source>it is a special file, not a regular file; it is left as it was</source>
        <translation>es un archivo especial, no un archivo normal; se deja como estaba</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>la carpeta no tiene permiso de escritura</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>A circle, square, triangle and bar on a textured gradient: any 3x3 filter can be learned from it</source>
        <translation>Un círculo, un cuadrado, un triángulo y una barra sobre un gradiente de brillo con textura: con ella se aprende cualquier filtro 3x3</translation>
    </message>
    <message>
        <source>A handwritten-style 3, white on black, like an MNIST digit</source>
        <translation>Un 3 como escrito a mano, blanco sobre negro, como un dígito de MNIST</translation>
    </message>
    <message>
        <source>A bright rectangle on a dark background: vertical and horizontal edges</source>
        <translation>Un rectángulo claro sobre fondo oscuro: bordes verticales y horizontales</translation>
    </message>
    <message>
        <source>A bright disc on a dark background: edges in every direction</source>
        <translation>Un disco claro sobre fondo oscuro: bordes en todas las direcciones</translation>
    </message>
    <message>
        <source>Vertical black and white stripes, 2 pixels wide at 32x32</source>
        <translation>Franjas verticales blancas y negras, de 2 píxeles de ancho a 32x32</translation>
    </message>
    <message>
        <source>An 8x8 black and white checkerboard</source>
        <translation>Un tablero de ajedrez blanco y negro de 8x8</translation>
    </message>
    <message>
        <source>A smooth ramp from dark (top left) to light (bottom right)</source>
        <translation>Un degradado suave de oscuro (arriba a la izquierda) a claro (abajo a la derecha)</translation>
    </message>
    <message>
        <source>A natural-looking random texture, like clouds or stone (fractal noise)</source>
        <translation>Una textura aleatoria de aspecto natural, como nubes o piedra (ruido fractal)</translation>
    </message>
    <message>
        <source>Coloured shapes on a colour grain, R, G and B varying independently: the colour lesson&apos;s image (--color)</source>
        <translation>Formas de color sobre un grano de color, R, G y B varían por separado: la imagen de la lección en color (--color)</translation>
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
    <name>StepThrough</name>
    <message>
        <source>the step-through of {positions} positions needs {need} MiB, more than the limit of {limit} MiB; use fewer images or a smaller --size</source>
        <translation>el paso a paso de {positions} posiciones necesita {need} MiB, más que el límite de {limit} MiB; usa menos imágenes o un --size menor</translation>
    </message>
    <message>
        <source>position 0 of {P}: nothing added yet</source>
        <translation>posición 0 de {P}: aún no se ha sumado nada</translation>
    </message>
    <message>
        <source>position {count} of {P}: image {image} of {images}, row {row}, col {col} (rows and cols from 0)</source>
        <translation>posición {count} de {P}: imagen {image} de {images}, fila {row}, columna {col} (filas y columnas desde 0)</translation>
    </message>
    <message>
        <source>position {count} of {P}: row {row}, col {col} (rows and cols from 0)</source>
        <translation>posición {count} de {P}: fila {row}, columna {col} (filas y columnas desde 0)</translation>
    </message>
    <message>
        <source>{P} ({n} images × {each})</source>
        <translation>{P} ({n} imágenes × {each})</translation>
    </message>
    <message>
        <source>the update is applied once, at the end of the pass: {count} of {P} positions added</source>
        <translation>la actualización se aplica una vez, al final de la pasada: {count} de {P} posiciones sumadas</translation>
    </message>
    <message>
        <source>the trainer changed since this step-through was built; call rebuild()</source>
        <translation>el entrenador cambió desde que se creó este paso a paso; llama a rebuild()</translation>
    </message>
    <message>
        <source>&apos;mean&apos; would divide this buffer by {what}, so &apos;mean&apos; needs lr × {P} for the same update.</source>
        <translation>&apos;mean&apos; dividiría este búfer entre {what}, así que &apos;mean&apos; necesita lr × {P} para la misma actualización.</translation>
    </message>
    <message>
        <source>&apos;mean&apos; has already divided this buffer by {what}; &apos;sum&apos; gives the same update with lr / {P}.</source>
        <translation>&apos;mean&apos; ya ha dividido este búfer entre {what}; &apos;sum&apos; da la misma actualización con lr / {P}.</translation>
    </message>
    <message>
        <source>training diverged after step {step}: the update overflowed; the last finite weights are kept.</source>
        <translation>el entrenamiento divergió tras el paso {step}: la actualización se desbordó; se conservan los últimos pesos finitos.</translation>
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
        <translation>Patch {x}: {n} de {k2} son relleno (0)</translation>
    </message>
    <message>
        <source>Patch {x}</source>
        <translation>Patch {x}</translation>
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
        <translation>La contribución de esta posición δ · patch: SUMADA al búfer de gradiente.</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s 9 pixels.</source>
        <translation>Los deltas de entrada de esta posición δ · w: SUMADOS a ∂L/∂x en los 9 píxeles del patch.</translation>
    </message>
    <message>
        <source>One weight&apos;s contribution from each position so far; the map sums to its buffer value.</source>
        <translation>La contribución de cada posición hasta ahora a un peso; el mapa suma su valor en el búfer.</translation>
    </message>
    <message>
        <source>If every position had its own filter (untied), position p&apos;s gradient δ·patch would stay in its own tile. Stepping one position adds only into that position&apos;s tile (with a batch, the same position in every image adds into the same tile).</source>
        <translation>Si cada posición tuviera su propio filtro (no compartido), el gradiente δ·patch de la posición p se quedaría en su propia tesela. Avanzar una posición solo suma en la tesela de esa posición (con un lote, la misma posición de cada imagen suma en la misma tesela).</translation>
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
        <translation>Patch x (aún ninguna posición)</translation>
    </message>
    <message>
        <source>δ · patch → buffer</source>
        <translation>δ · patch → búfer</translation>
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
        <translation>δ · patch → reemplaza el búfer (el error)</translation>
    </message>
    <message>
        <source>δ · patch → added into the buffer</source>
        <translation>δ · patch → sumado al búfer</translation>
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
        <translation>Los deltas de entrada de esta posición δ · w: SUMADOS a ∂L/∂x en los {n} valores de entrada del patch que están en la imagen (las celdas del relleno no son entradas: se descartan).</translation>
    </message>
    <message>
        <source>This position&apos;s input deltas δ · w: ADDED into ∂L/∂x at the patch&apos;s {n} input values.</source>
        <translation>Los deltas de entrada de esta posición δ · w: SUMADOS a ∂L/∂x en los {n} valores de entrada del patch.</translation>
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
    <name>Tour</name>
    <message>
        <source>{name}: not a UTF-8 text file</source>
        <translation>{name}: no es un archivo de texto UTF-8</translation>
    </message>
    <message>
        <source>cannot read tour {path}: {reason}</source>
        <translation>no se puede leer la visita {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read tour {path}: not a regular file</source>
        <translation>no se puede leer la visita {path}: no es un archivo normal</translation>
    </message>
    <message>
        <source>tour {path} is {size} bytes (limit {limit}): a tour is a short text file</source>
        <translation>la visita {path} tiene {size} bytes (límite {limit}): una visita es un archivo de texto corto</translation>
    </message>
    <message>
        <source>{source} line {line}: unknown top-level key {key} (a tour is a list of {tables} tables)</source>
        <translation>{source} línea {line}: clave de primer nivel desconocida {key} (una visita es una lista de tablas {tables})</translation>
    </message>
    <message>
        <source>{source}: no {tables} tables</source>
        <translation>{source}: no hay tablas {tables}</translation>
    </message>
    <message>
        <source>{source} line {line}: chapters must be [[chapter]] tables, not {kind} values</source>
        <translation>{source} línea {line}: los capítulos deben ser tablas [[chapter]], no valores {kind}</translation>
    </message>
    <message>
        <source>{source}: {count} chapters (limit {limit})</source>
        <translation>{source}: {count} capítulos (límite {limit})</translation>
    </message>
    <message>
        <source>{source} line {line}</source>
        <translation>{source} línea {line}</translation>
    </message>
    <message>
        <source>{where}: chapter {number}: {problem}</source>
        <translation>{where}: capítulo {number}: {problem}</translation>
    </message>
    <message>
        <source>unknown key {key} (known: {known})</source>
        <translation>clave desconocida {key} (conocidas: {known})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing or empty</source>
        <translation>&apos;{key}&apos; falta o está vacío</translation>
    </message>
    <message>
        <source>{key} = {value} is not one of {options}</source>
        <translation>{key} = {value} no es uno de {options}</translation>
    </message>
    <message>
        <source>{key} = {value} must be a whole number from 0 to {top}</source>
        <translation>{key} = {value} debe ser un número entero de 0 a {top}</translation>
    </message>
    <message>
        <source>settings must be a table, e.g. {example}</source>
        <translation>settings debe ser una tabla, p. ej. {example}</translation>
    </message>
    <message>
        <source>unknown setting {key} (known: {known})</source>
        <translation>ajuste desconocido {key} (conocidos: {known})</translation>
    </message>
    <message>
        <source>settings: lr = &quot;equivalent&quot; carries the tour&apos;s start&apos;s rate to another reduction; a chapter that sets {key} is another layer (give a number, or leave lr out for this layer&apos;s default)</source>
        <translation>settings: lr = &quot;equivalent&quot; lleva la tasa del inicio de la visita a otra reducción; un capítulo que fija {key} es otra capa (dar un número, u omitir lr para la tasa por defecto de esta capa)</translation>
    </message>
    <message>
        <source>settings: {reason}</source>
        <translation>settings: {reason}</translation>
    </message>
    <message>
        <source>{key}: {fact} is the comparison&apos;s test: it needs mode = &quot;compare&quot;</source>
        <translation>{key}: {fact} es la prueba de la comparación: necesita mode = &quot;compare&quot;</translation>
    </message>
    <message>
        <source>{key}: {fact} is the checker&apos;s verdict: it needs mode = &quot;check&quot;</source>
        <translation>{key}: {fact} es el veredicto del verificador: necesita mode = &quot;check&quot;</translation>
    </message>
    <message>
        <source> (this chapter sets {flag})</source>
        <translation> (este capítulo fija {flag})</translation>
    </message>
    <message>
        <source>{key}: {shown} can never show: a lesson cannot have {why}{because}</source>
        <translation>{key}: {shown} nunca puede mostrarse: una lección no puede tener {why}{because}</translation>
    </message>
    <message>
        <source>highlight = {value}: use panel names from {names}</source>
        <translation>highlight = {value}: usar nombres de paneles de {names}</translation>
    </message>
    <message>
        <source>{key} must be true or false</source>
        <translation>{key} debe ser true o false</translation>
    </message>
    <message>
        <source>{key} applies to mode = &quot;stepthrough&quot; only</source>
        <translation>{key} solo se aplica a mode = &quot;stepthrough&quot;</translation>
    </message>
    <message>
        <source>focus = true needs mode = &quot;normal&quot; and the panels to show in highlight</source>
        <translation>focus = true necesita mode = &quot;normal&quot; y los paneles a mostrar en highlight</translation>
    </message>
    <message>
        <source>{update} needs {position} (the update comes after the whole pass)</source>
        <translation>{update} necesita {position} (la actualización llega tras la pasada completa)</translation>
    </message>
    <message>
        <source>mode = &quot;check&quot; needs example = &quot;a learner&apos;s file&quot;</source>
        <translation>mode = &quot;check&quot; necesita example = &quot;el archivo de un estudiante&quot;</translation>
    </message>
    <message>
        <source>example applies to mode = &quot;check&quot; only</source>
        <translation>example solo se aplica a mode = &quot;check&quot;</translation>
    </message>
    <message>
        <source>example = {value}: no such file in {folder}</source>
        <translation>example = {value}: no existe ese archivo en {folder}</translation>
    </message>
    <message>
        <source>test = {value} is not one of {options}</source>
        <translation>test = {value} no es uno de {options}</translation>
    </message>
    <message>
        <source>chapter {number} cannot be shown on this lesson: {reason}</source>
        <translation>el capítulo {number} no se puede mostrar en esta lección: {reason}</translation>
    </message>
    <message>
        <source>chapter {number} asks for position {position}, but this lesson has P = {P}: it shows the end of the pass</source>
        <translation>el capítulo {number} pide la posición {position}, pero esta lección tiene P = {P}: muestra el final de la pasada</translation>
    </message>
    <message>
        <source>chapter {number} says {literal}, but this lesson has {name} = {value}: write {placeholder}</source>
        <translation>el capítulo {number} dice {literal}, pero esta lección tiene {name} = {value}: escribir {placeholder}</translation>
    </message>
</context>
<context>
    <name>TourCheck</name>
    <message>
        <source>The checker runs this file in a separate process, on the lesson&apos;s data and on probes.</source>
        <translation>El verificador ejecuta este archivo en un proceso aparte, con los datos de la lección y con pruebas.</translation>
    </message>
    <message>
        <source>{name}: a learner&apos;s backward pass</source>
        <translation>{name}: la pasada hacia atrás de un estudiante</translation>
    </message>
    <message>
        <source>not checked ({reason}).</source>
        <translation>no verificado ({reason}).</translation>
    </message>
    <message>
        <source>Cancelled: the check was stopped.</source>
        <translation>Cancelado: se detuvo la verificación.</translation>
    </message>
</context>
<context>
    <name>TourMode</name>
    <message>
        <source>Tour not opened</source>
        <translation>Visita no abierta</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>tour: {warning}{more}</source>
        <translation>visita: {warning}{more}</translation>
    </message>
    <message>
        <source>Chapter not shown</source>
        <translation>Capítulo no mostrado</translation>
    </message>
    <message>
        <source>chapter {number}: {reason}</source>
        <translation>capítulo {number}: {reason}</translation>
    </message>
    <message>
        <source>the colour sample &apos;{sample}&apos; (this chapter only)</source>
        <translation>la imagen de ejemplo en color &apos;{sample}&apos; (solo este capítulo)</translation>
    </message>
    <message>
        <source>Test not run</source>
        <translation>Prueba no ejecutada</translation>
    </message>
    <message>
        <source>chapter {number}: no test image {name}</source>
        <translation>capítulo {number}: no hay imagen de prueba {name}</translation>
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
    <name>Untied</name>
    <message>
        <source>the untied layer diverged after step {step}: the loss overflowed with learning rate {lr}; the last finite filters are kept. {advice}</source>
        <translation>la capa no compartida divergió tras el paso {step}: la pérdida se desbordó con tasa de aprendizaje {lr}; se conservan los últimos filtros finitos. {advice}</translation>
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
