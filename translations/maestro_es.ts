<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>The history database was damaged. It was set aside as %1 and a new one was started; the history collected before is not shown.</source>
        <translation>La base de datos del historial estaba dañada. Se apartó como %1 y se creó una nueva; el historial recogido antes no se muestra.</translation>
    </message>
    <message>
        <source>The history database is in use by another program (is Maestro running twice?). The history of this session will not be kept.</source>
        <translation>Otro programa está usando la base de datos del historial (¿se está ejecutando Maestro dos veces?). El historial de esta sesión no se guardará.</translation>
    </message>
    <message>
        <source>The history database cannot be opened: %1</source>
        <translation>No se puede abrir la base de datos del historial: %1</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de datos del historial no está abierta.</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <source>Eviction</source>
        <translation>Desalojo</translation>
    </message>
    <message>
        <source>Scheduling failure</source>
        <translation>Fallo de planificación</translation>
    </message>
    <message>
        <source>Resource pressure</source>
        <translation>Presión de recursos</translation>
    </message>
    <message>
        <source>Slow etcd write</source>
        <translation>Escritura lenta de etcd</translation>
    </message>
    <message>
        <source>Node added</source>
        <translation>Nodo añadido</translation>
    </message>
    <message>
        <source>Node ready</source>
        <translation>Nodo listo</translation>
    </message>
    <message>
        <source>Scale-up started</source>
        <translation>Escalado iniciado</translation>
    </message>
    <message>
        <source>Scale-up finished</source>
        <translation>Escalado terminado</translation>
    </message>
    <message>
        <source>Advisor finding</source>
        <translation>Hallazgo del asesor</translation>
    </message>
    <message>
        <source>Advisor finding cleared</source>
        <translation>Hallazgo del asesor resuelto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Server action</source>
        <translation>Acción sobre servidores</translation>
    </message>
</context>
<context>
    <name>maestro</name>
    <message>
        <source>Desktop administration of Kubernetes clusters</source>
        <translation>Administración de clústeres de Kubernetes en el escritorio</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Print a report of the cluster without opening a window.</source>
        <translation>Imprime un informe del clúster sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>The kubeconfig to use.</source>
        <translation>El kubeconfig que se usará.</translation>
    </message>
    <message>
        <source>The kubeconfig context to open.</source>
        <translation>El contexto del kubeconfig que se abrirá.</translation>
    </message>
    <message>
        <source>Open the simulated demo cluster (scenario as argument: shared-master, undersized-master, ha, large).</source>
        <translation>Abre el clúster de demostración simulado (escenario como argumento: shared-master, undersized-master, ha, large).</translation>
    </message>
    <message>
        <source>Simulated seconds per real second in the demo (default 10).</source>
        <translation>Segundos simulados por segundo real en la demostración (10 por defecto).</translation>
    </message>
    <message>
        <source>Seconds to observe the cluster for the report (default 10).</source>
        <translation>Segundos de observación del clúster para el informe (10 por defecto).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Imprime el informe en JSON.</translation>
    </message>
    <message>
        <source>The demo scenario (with --demo).</source>
        <translation>El escenario de demostración (con --demo).</translation>
    </message>
    <message>
        <source>The language to use (for example de), instead of the system&apos;s.</source>
        <translation>El idioma que se usará (por ejemplo es) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (por defecto), light o dark.</translation>
    </message>
    <message>
        <source>Maestro Desktop %1 (Qt %2)</source>
        <extracomment>%1 is the app&apos;s version, %2 the version of the Qt libraries it runs on</extracomment>
        <translation>Maestro Desktop %1 (Qt %2)</translation>
    </message>
</context>
<context>
    <name>maestro::ClusterRegistry</name>
    <message>
        <source>in-process maestro-sim</source>
        <translation>maestro-sim en el mismo proceso</translation>
    </message>
    <message>
        <source>No cluster %1.</source>
        <translation>No hay ningún clúster %1.</translation>
    </message>
</context>
<context>
    <name>maestro::ClusterReport</name>
    <message numerus="yes">
        <source>Could not load the cluster within %n second(s): %1</source>
        <translation>
            <numerusform>No se pudo cargar el clúster en %n segundo: %1</numerusform>
            <numerusform>No se pudo cargar el clúster en %n segundos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1 at %2 (%3)</source>
        <translation>Clúster %1 en %2 (%3)</translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4  cpu %5  memory %6  pods %7</source>
        <translation>  %1  %2  %3  %4  CPU %5  memoria %6  pods %7</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>No listo</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Pods: %1 total, %2 running, %3 pending, %4 failed</source>
        <translation>Pods: %1 en total, %2 en ejecución, %3 pendientes, %4 fallidos</translation>
    </message>
    <message>
        <source>Warning: TLS verification is off for this cluster (insecure-skip-tls-verify).</source>
        <translation>Advertencia: la verificación TLS está desactivada para este clúster (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source>Events: %L1 total, %L2 warnings</source>
        <translation>Eventos: %L1 en total, %L2 advertencias</translation>
    </message>
    <message>
        <source>API latency: p50 %L1 ms, p99 %L2 ms</source>
        <translation>Latencia de la API: p50 %L1 ms, p99 %L2 ms</translation>
    </message>
</context>
<context>
    <name>maestro::CredentialStore</name>
    <message>
        <source>No keychain is available: the token is kept only until Maestro Desktop quits</source>
        <translation>No hay ningún llavero disponible: el token solo se conserva hasta que se cierre Maestro Desktop</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>El llavero denegó el acceso: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>El llavero no pudo eliminar el secreto: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
</context>
<context>
    <name>maestro::DemoCluster</name>
    <message>
        <source>Demo cluster (simulated)</source>
        <translation>Clúster de demostración (simulado)</translation>
    </message>
    <message>
        <source>Unknown demo scenario &quot;%1&quot; (one of: %2).</source>
        <translation>Escenario de demostración desconocido «%1» (uno de: %2).</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s kubeconfig could not be read.</source>
        <translation>No se pudo leer el kubeconfig del clúster de demostración.</translation>
    </message>
</context>
<context>
    <name>maestro::ExecCredentialProvider</name>
    <message>
        <source>(no error output)</source>
        <translation>(sin salida de error)</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed something that is not an ExecCredential (invalid JSON: %2).</source>
        <translation>El plugin de credenciales %1 imprimió algo que no es un ExecCredential (JSON no válido: %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with apiVersion &quot;%2&quot;, but the kubeconfig asks for &quot;%3&quot;.</source>
        <translation>El plugin de credenciales %1 respondió con apiVersion «%2», pero el kubeconfig pide «%3».</translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with kind &quot;%2&quot; instead of ExecCredential.</source>
        <translation>El plugin de credenciales %1 respondió con kind «%2» en lugar de ExecCredential.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned a client certificate without its key, or a key without its certificate.</source>
        <translation>El plugin de credenciales %1 devolvió un certificado de cliente sin su clave, o una clave sin su certificado.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned neither a token nor a client certificate.</source>
        <translation>El plugin de credenciales %1 no devolvió ni un token ni un certificado de cliente.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned an expirationTimestamp that is not an RFC 3339 time: %2</source>
        <translation>El plugin de credenciales %1 devolvió un expirationTimestamp que no es una hora RFC 3339: %2</translation>
    </message>
    <message>
        <source>The context %1 has no credential plugin configured.</source>
        <translation>El contexto %1 no tiene ningún plugin de credenciales configurado.</translation>
    </message>
    <message>
        <source>The credential plugin %1 needs an interactive terminal (interactiveMode: Always), which Maestro Desktop cannot provide.</source>
        <translation>El plugin de credenciales %1 necesita un terminal interactivo (interactiveMode: Always), que Maestro Desktop no puede ofrecer.</translation>
    </message>
    <message>
        <source>The credential plugin %1 was not found in PATH.</source>
        <translation>No se encontró el plugin de credenciales %1 en el PATH.</translation>
    </message>
    <message>
        <source>Cannot start the credential plugin %1: %2</source>
        <translation>No se puede iniciar el plugin de credenciales %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The credential plugin %1 did not answer within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>El plugin de credenciales %1 no respondió en %n segundo y se detuvo.</numerusform>
            <numerusform>El plugin de credenciales %1 no respondió en %n segundos y se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential plugin %1 crashed: %2</source>
        <translation>El plugin de credenciales %1 se bloqueó: %2</translation>
    </message>
    <message>
        <source>The credential plugin %1 failed with exit code %2: %3</source>
        <translation>El plugin de credenciales %1 falló con el código de salida %2: %3</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed more than %2 and was stopped.</source>
        <extracomment>%2 is a size with its unit (&quot;1 MiB&quot;)</extracomment>
        <translation>El plugin de credenciales %1 imprimió más de %2 y se detuvo.</translation>
    </message>
</context>
<context>
    <name>maestro::Kubeconfig</name>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>«%1» no es base64 válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a PEM %2</source>
        <translation>«%1» no contiene un %2 PEM</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; file %2: %3</source>
        <translation>no se puede leer el archivo «%1» %2: %3</translation>
    </message>
    <message>
        <source>the entry must be a mapping with &quot;name&quot; and a &quot;%1&quot; mapping</source>
        <translation>la entrada debe ser un mapa con «name» y un mapa «%1»</translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation>la entrada no tiene nombre</translation>
    </message>
    <message>
        <source>&quot;exec.apiVersion&quot; is missing</source>
        <translation>falta «exec.apiVersion»</translation>
    </message>
    <message>
        <source>exec plugin API version &quot;%1&quot; is not supported; use %2 or %3</source>
        <translation>la versión de API «%1» del plugin exec no es compatible; use %2 o %3</translation>
    </message>
    <message>
        <source>&quot;exec.command&quot; is missing</source>
        <translation>falta «exec.command»</translation>
    </message>
    <message>
        <source>&quot;exec.args&quot; must be a list of strings</source>
        <translation>«exec.args» debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>&quot;exec.env&quot; must be a list</source>
        <translation>«exec.env» debe ser una lista</translation>
    </message>
    <message>
        <source>&quot;exec.env[%1]&quot; must have a name</source>
        <translation>«exec.env[%1]» debe tener un nombre</translation>
    </message>
    <message>
        <source>&quot;exec.interactiveMode&quot; must be Never, IfAvailable or Always</source>
        <translation>«exec.interactiveMode» debe ser Never, IfAvailable o Always</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not a kubeconfig</source>
        <translation>el archivo contiene datos binarios; no es un kubeconfig</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; it is not a kubeconfig</source>
        <translation>el archivo no es texto UTF-8; no es un kubeconfig</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply; it is not a kubeconfig</source>
        <translation>el YAML está anidado a demasiada profundidad; no es un kubeconfig</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>Error de sintaxis YAML: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig: expected a mapping with clusters, users and contexts</source>
        <translation>el archivo no es un kubeconfig: se esperaba un mapa con clusters, users y contexts</translation>
    </message>
    <message>
        <source>unexpected YAML structure: %1</source>
        <translation>estructura YAML inesperada: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>duplicate name; the entry on line %1 is used</source>
        <translation>nombre duplicado; se usa la entrada de la línea %1</translation>
    </message>
    <message>
        <source>&quot;server&quot; is missing</source>
        <translation>falta «server»</translation>
    </message>
    <message>
        <source>&quot;server&quot; is not a valid URL: %1</source>
        <translation>«server» no es una URL válida: %1</translation>
    </message>
    <message>
        <source>&quot;server&quot; must be an https or http URL: %1</source>
        <translation>«server» debe ser una URL https o http: %1</translation>
    </message>
    <message>
        <source>&quot;insecure-skip-tls-verify&quot; cannot be combined with a certificate authority</source>
        <translation>«insecure-skip-tls-verify» no se puede combinar con una autoridad de certificación</translation>
    </message>
    <message>
        <source>&quot;proxy-url&quot; must be an http, https or socks5 URL: %1</source>
        <translation>«proxy-url» debe ser una URL http, https o socks5: %1</translation>
    </message>
    <message>
        <source>&quot;client-certificate&quot; is set but &quot;client-key&quot; is missing</source>
        <translation>«client-certificate» está definido, pero falta «client-key»</translation>
    </message>
    <message>
        <source>&quot;client-key&quot; is set but &quot;client-certificate&quot; is missing</source>
        <translation>«client-key» está definido, pero falta «client-certificate»</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>el archivo de token %1 está vacío</translation>
    </message>
    <message>
        <source>&quot;exec&quot; must be a mapping</source>
        <translation>«exec» debe ser un mapa</translation>
    </message>
    <message>
        <source>auth-provider &quot;%1&quot; was removed from Kubernetes clients; use an exec credential plugin instead</source>
        <translation>el auth-provider «%1» se eliminó de los clientes de Kubernetes; use en su lugar un plugin de credenciales exec</translation>
    </message>
    <message>
        <source>basic authentication (username and password) is not supported; use a token, a client certificate or an exec plugin</source>
        <translation>la autenticación básica (usuario y contraseña) no es compatible; use un token, un certificado de cliente o un plugin exec</translation>
    </message>
    <message>
        <source>&quot;cluster&quot; is missing</source>
        <translation>falta «cluster»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name</source>
        <translation>«%1» no es un nombre de namespace válido</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; not found</source>
        <translation>no se encontró el clúster «%1»</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; could not be loaded (%2 line %3)</source>
        <translation>no se pudo cargar el clúster «%1» (%2 línea %3)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; not found</source>
        <translation>no se encontró el usuario «%1»</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; could not be loaded (%2 line %3)</source>
        <translation>no se pudo cargar el usuario «%1» (%2 línea %3)</translation>
    </message>
    <message>
        <source>current-context &quot;%1&quot; names no context</source>
        <translation>current-context «%1» no designa ningún contexto</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>ocupa más de %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; it is not a kubeconfig</source>
        <translation>el archivo ocupa más de %1; no es un kubeconfig</translation>
    </message>
</context>
<context>
    <name>maestro::ReportCommand</name>
    <message>
        <source>no context given and the kubeconfig names no current-context</source>
        <translation>no se indicó ningún contexto y el kubeconfig no define current-context</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found (or not loadable)</source>
        <translation>no se encontró el contexto «%1» (o no se puede cargar)</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>Asesor: %1</translation>
    </message>
</context>
<context>
    <name>maestro::SecretOrigin</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>file %1 (named in %2)</source>
        <translation>archivo %1 (indicado en %2)</translation>
    </message>
    <message>
        <source>credential plugin configured in %1</source>
        <translation>plugin de credenciales configurado en %1</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Checks</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the rest of a list of pods, nodes or log lines that is too long to show</extracomment>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>a duration in minutes</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>a duration in hours</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s): the control plane is not highly available</source>
        <translation>
            <numerusform>%n master: el plano de control no tiene alta disponibilidad</numerusform>
            <numerusform>%n masters: el plano de control no tiene alta disponibilidad</numerusform>
        </translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Masters: %1</translation>
    </message>
    <message numerus="yes">
        <source>With %n master(s), etcd keeps its majority only while every master is up.</source>
        <extracomment>%n is the number of masters</extracomment>
        <translation>
            <numerusform>Con %n master, etcd solo conserva la mayoría mientras todos los masters estén activos.</numerusform>
            <numerusform>Con %n masters, etcd solo conserva la mayoría mientras todos los masters estén activos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) do not count: only masters run etcd and the API server.</source>
        <translation>
            <numerusform>%n worker no cuenta: solo los masters ejecutan etcd y el servidor de API.</numerusform>
            <numerusform>%n workers no cuentan: solo los masters ejecutan etcd y el servidor de API.</numerusform>
        </translation>
    </message>
    <message>
        <source>etcd, which stores the whole cluster, needs a majority of its members to accept a write. With fewer than 3 masters, losing one master stops the control plane: no scheduling, no scaling, no changes. 3 masters survive the loss of one, 5 of two. Workers do not help here: one master plus one worker is still not highly available.</source>
        <translation>etcd, que almacena todo el clúster, necesita la mayoría de sus miembros para aceptar una escritura. Con menos de 3 masters, perder un master detiene el plano de control: sin planificación, sin escalado, sin cambios. 3 masters sobreviven a la pérdida de uno, 5 a la de dos. Los workers no ayudan aquí: un master más un worker sigue sin tener alta disponibilidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) is an even number: the last one adds no failure tolerance</source>
        <translation>
            <numerusform>%n master es un número par: el último no añade tolerancia a fallos</numerusform>
            <numerusform>%n masters es un número par: el último no añade tolerancia a fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 masters survive %2 failure(s), no more than %3 masters do.</source>
        <extracomment>%1 masters survive %2 failures, as many as %3 masters do</extracomment>
        <translation>%1 masters sobreviven a %2 fallo(s), no más que %3 masters.</translation>
    </message>
    <message>
        <source>etcd needs a majority (more than half) of its members. An even number of masters needs as many survivors as the next odd number while offering one more member that can fail: add one master to make the count odd.</source>
        <translation>etcd necesita la mayoría (más de la mitad) de sus miembros. Un número par de masters necesita tantos supervivientes como el siguiente número impar y ofrece un miembro más que puede fallar: añada un master para que el número sea impar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no NoSchedule taint and runs %n application pod(s): %2</source>
        <translation>
            <numerusform>%1 no tiene el taint NoSchedule y ejecuta %n pod de aplicación: %2</numerusform>
            <numerusform>%1 no tiene el taint NoSchedule y ejecuta %n pods de aplicación: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The master also runs %n application pod(s)</source>
        <translation>
            <numerusform>El master también ejecuta %n pod de aplicación</numerusform>
            <numerusform>El master también ejecuta %n pods de aplicación</numerusform>
        </translation>
    </message>
    <message>
        <source>A master without the control-plane NoSchedule taint shares its CPU, memory and disk with the application. When the application is busy, etcd and the API server slow down with it, and the kubelet may evict pods to free memory. Dedicated workers keep the application away from the control plane.</source>
        <translation>Un master sin el taint NoSchedule del plano de control comparte su CPU, memoria y disco con la aplicación. Cuando la aplicación está ocupada, etcd y el servidor de API se ralentizan con ella, y el kubelet puede desalojar pods para liberar memoria. Los workers dedicados mantienen la aplicación lejos del plano de control.</translation>
    </message>
    <message>
        <source>The application uses %1 of the schedulable capacity (target: at most %2)</source>
        <extracomment>%1 is the load in percent, %2 the target in percent</extracomment>
        <translation>La aplicación usa el %1 de la capacidad planificable (objetivo: como máximo %2)</translation>
    </message>
    <message>
        <source>Schedulable nodes: %1</source>
        <translation>Nodos planificables: %1</translation>
    </message>
    <message>
        <source>CPU requests: %1 of %2 cores (%3)</source>
        <extracomment>%1 and %2 are CPU cores, %3 a percentage</extracomment>
        <translation>Requests de CPU: %1 de %2 núcleos (%3)</translation>
    </message>
    <message>
        <source>Memory requests: %1 of %2 GiB (%3)</source>
        <extracomment>%1 and %2 are GiB, %3 a percentage</extracomment>
        <translation>Requests de memoria: %1 de %2 GiB (%3)</translation>
    </message>
    <message>
        <source>CPU usage: %1 of %2 cores (%3)</source>
        <translation>Uso de CPU: %1 de %2 núcleos (%3)</translation>
    </message>
    <message>
        <source>Memory usage: %1 of %2 GiB (%3)</source>
        <translation>Uso de memoria: %1 de %2 GiB (%3)</translation>
    </message>
    <message>
        <source>No usage figures (%1): requests only.</source>
        <translation>Sin cifras de uso (%1): solo requests.</translation>
    </message>
    <message>
        <source>metrics not reported for these nodes</source>
        <translation>no se informan métricas de estos nodos</translation>
    </message>
    <message>
        <source>metrics-server unavailable</source>
        <translation>metrics-server no disponible</translation>
    </message>
    <message numerus="yes">
        <source>%n pending pod(s) counted with their requests.</source>
        <translation>
            <numerusform>%n pod pendiente contado con sus requests.</numerusform>
            <numerusform>%n pods pendientes contados con sus requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new %1 worker offers about %2 cores and %3 GiB to pods.</source>
        <extracomment>%1 cores, %2 GiB of one new node</extracomment>
        <translation>Un nuevo worker %1 ofrece a los pods unos %2 núcleos y %3 GiB.</translation>
    </message>
    <message>
        <source>(same as the largest node)</source>
        <translation>(igual que el nodo más grande)</translation>
    </message>
    <message>
        <source>Above %1 of the schedulable capacity, a node failure or a burst leaves pods without room: they stay Pending, or the kubelet evicts them under memory pressure. The count brings the largest of CPU and memory, requests and usage, back to %1, assuming each new node keeps 100 millicores and 400 MiB for the system.</source>
        <translation>Por encima del %1 de la capacidad planificable, un fallo de nodo o un pico deja pods sin sitio: se quedan en Pending, o el kubelet los desaloja por presión de memoria. El número devuelve el mayor de CPU y memoria, requests y uso, al %1, suponiendo que cada nodo nuevo reserva 100 milicores y 400 MiB para el sistema.</translation>
    </message>
    <message>
        <source>The API server answers slowly: p99 %1 ms</source>
        <translation>El servidor de API responde despacio: p99 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>p99 %1 ms over the last %2, %n request(s) (watches excluded)</source>
        <extracomment>%1 is milliseconds, %2 a duration (&quot;5 min&quot;), %n the number of requests</extracomment>
        <translation>
            <numerusform>p99 %1 ms en los últimos %2, %n petición (sin contar los watches)</numerusform>
            <numerusform>p99 %1 ms en los últimos %2, %n peticiones (sin contar los watches)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slowest: %1 took %2 ms</source>
        <translation>La más lenta: %1 tardó %2 ms</translation>
    </message>
    <message>
        <source>Threshold: p99 above %1 ms</source>
        <translation>Umbral: p99 por encima de %1 ms</translation>
    </message>
    <message>
        <source>These are the app&apos;s own requests, small lists and reads that a healthy API server answers in milliseconds. When they take over a second, the API server is short of CPU or waits for etcd: kubectl, controllers and the scheduler are slow too.</source>
        <translation>Son las peticiones de la propia aplicación, listas pequeñas y lecturas que un servidor de API sano responde en milisegundos. Cuando tardan más de un segundo, al servidor de API le falta CPU o espera a etcd: kubectl, los controladores y el scheduler también van lentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) waiting for a node for more than %1</source>
        <translation>
            <numerusform>%n pod espera un nodo desde hace más de %1</numerusform>
            <numerusform>%n pods esperan un nodo desde hace más de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending for %2</source>
        <extracomment>a pending pod and how long it has been waiting</extracomment>
        <translation>%1 pendiente desde hace %2</translation>
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation>Scheduler: %1</translation>
    </message>
    <message>
        <source>Pods wait %1 s for a node (p90)</source>
        <translation>Los pods esperan %1 s a un nodo (p90)</translation>
    </message>
    <message numerus="yes">
        <source>Scheduling latency p90 %1 s over %n pod(s) created in the last %2</source>
        <extracomment>%1 seconds, %2 a duration, %n pods</extracomment>
        <translation>
            <numerusform>Latencia de planificación p90 %1 s sobre %n pod creado en los últimos %2</numerusform>
            <numerusform>Latencia de planificación p90 %1 s sobre %n pods creados en los últimos %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduler finds no node with room for these pods, or takes long to decide. Pods that cannot be scheduled serve nothing; the scheduler&apos;s message says what is missing (CPU, memory, a taint that is not tolerated).</source>
        <translation>El scheduler no encuentra ningún nodo con sitio para estos pods, o tarda en decidir. Los pods que no se pueden planificar no sirven nada; el mensaje del scheduler indica lo que falta (CPU, memoria, un taint no tolerado).</translation>
    </message>
    <message>
        <source>%1 is under MemoryPressure</source>
        <translation>%1 está en MemoryPressure</translation>
    </message>
    <message>
        <source>%1 is under DiskPressure</source>
        <translation>%1 está en DiskPressure</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) evicted on the master %1 in the last %2</source>
        <extracomment>%1 is a list of master nodes</extracomment>
        <translation>
            <numerusform>%n pod desalojado en el master %1 en los últimos %2</numerusform>
            <numerusform>%n pods desalojados en el master %1 en los últimos %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 evicted on %2 at %3</source>
        <translation>%1 desalojado en %2 a las %3</translation>
    </message>
    <message>
        <source>%1 evicted on %2</source>
        <translation>%1 desalojado en %2</translation>
    </message>
    <message>
        <source>Kubelet: %1</source>
        <translation>Kubelet: %1</translation>
    </message>
    <message>
        <source>The kubelet evicts pods when a node runs out of memory or disk. On a master, the next victims are the control plane&apos;s neighbours, and the control plane itself is starved: the API server and etcd slow down or restart.</source>
        <translation>El kubelet desaloja pods cuando un nodo se queda sin memoria o sin disco. En un master, las siguientes víctimas son los vecinos del plano de control, y el propio plano de control se queda sin recursos: el servidor de API y etcd se ralentizan o se reinician.</translation>
    </message>
    <message numerus="yes">
        <source>etcd reported %n slow write(s) in the last %1</source>
        <translation>
            <numerusform>etcd informó de %n escritura lenta en los últimos %1</numerusform>
            <numerusform>etcd informó de %n escrituras lentas en los últimos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;apply request took too long&quot;: %1, &quot;slow fdatasync&quot;: %2, heartbeat &quot;took too long&quot;: %3</source>
        <extracomment>counts of etcd&apos;s three kinds of slow-write warnings</extracomment>
        <translation>«apply request took too long»: %1, «slow fdatasync»: %2, heartbeat «took too long»: %3</translation>
    </message>
    <message>
        <source>Slowest: took %1 ms (%2 at %3)</source>
        <extracomment>%1 ms, %2 an etcd pod, %3 a time of day</extracomment>
        <translation>La más lenta: tardó %1 ms (%2 a las %3)</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>etcd writes every change to disk before it answers. Warnings like these mean its disk or CPU cannot keep up: every request through the API server waits, leader elections may fail, and the cluster feels frozen.</source>
        <translation>etcd escribe cada cambio en el disco antes de responder. Advertencias como estas significan que su disco o su CPU no dan abasto: cada petición a través del servidor de API espera, las elecciones de líder pueden fallar y el clúster parece congelado.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dedicated worker(s): the master runs the application and suffers</source>
        <translation>
            <numerusform>Añadir %n worker dedicado: el master ejecuta la aplicación y lo sufre</numerusform>
            <numerusform>Añadir %n workers dedicados: el master ejecuta la aplicación y lo sufre</numerusform>
        </translation>
    </message>
    <message>
        <source>Only schedulable node(s): %1 (shared master)</source>
        <translation>Único nodo planificable: %1 (master compartido)</translation>
    </message>
    <message>
        <source>Symptom %1: %2</source>
        <extracomment>%1 is a finding id, %2 its summary</extracomment>
        <translation>Síntoma %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Application load to move: %n pod(s), %1 cores, %2 GiB</source>
        <extracomment>%n application pods, %1 cores, %2 GiB</extracomment>
        <translation>
            <numerusform>Carga de aplicación que trasladar: %n pod, %1 núcleos, %2 GiB</numerusform>
            <numerusform>Carga de aplicación que trasladar: %n pods, %1 núcleos, %2 GiB</numerusform>
        </translation>
    </message>
    <message>
        <source>The master is the only node that takes application pods, and the application is starving the control plane. Dedicated workers take the new pods (and those the master evicts) and leave the master&apos;s CPU, memory and disk to etcd and the API server. The count holds the application&apos;s requests and usage at %1 of the new workers&apos; capacity.</source>
        <translation>El master es el único nodo que acepta pods de aplicación, y la aplicación deja sin recursos al plano de control. Los workers dedicados se quedan con los pods nuevos (y con los que desaloja el master) y dejan la CPU, la memoria y el disco del master a etcd y al servidor de API. El número mantiene los requests y el uso de la aplicación en el %1 de la capacidad de los nuevos workers.</translation>
    </message>
    <message>
        <source>The master is too small for etcd: replace it with %1</source>
        <translation>El master es demasiado pequeño para etcd: sustitúyalo por %1</translation>
    </message>
    <message>
        <source>The master is too small for etcd, and no larger size is offered</source>
        <translation>El master es demasiado pequeño para etcd y no se ofrece ningún tamaño mayor</translation>
    </message>
    <message>
        <source>Workers taking the application: %1 (Ready since %2)</source>
        <translation>Workers que se encargan de la aplicación: %1 (listos desde %2)</translation>
    </message>
    <message>
        <source>Application pods on masters: %1 of %2</source>
        <extracomment>%1 of %2 application pods</extracomment>
        <translation>Pods de aplicación en masters: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n etcd slow-write warning(s) since then; slowest took %1 ms</source>
        <translation>
            <numerusform>%n advertencia de escritura lenta de etcd desde entonces; la más lenta tardó %1 ms</numerusform>
            <numerusform>%n advertencias de escritura lenta de etcd desde entonces; la más lenta tardó %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Masters now: %1</source>
        <translation>Masters actuales: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Propuesto: %1</translation>
    </message>
    <message numerus="yes">
        <source>A worker now runs the application, yet etcd on the master still writes slowly. The latency comes from the master&apos;s own CPU and disk (etcd waits for every write to reach the disk), not from application pods, so more workers do not help. All masters share one machine template: a larger size means replacing them one by one, %n master(s) in all, an odd number so that etcd keeps its majority throughout.</source>
        <translation>
            <numerusform>Un worker ejecuta ya la aplicación, pero etcd sigue escribiendo despacio en el master. La latencia viene de la propia CPU y del disco del master (etcd espera a que cada escritura llegue al disco), no de los pods de aplicación, así que más workers no ayudan. Todos los masters comparten una plantilla de máquina: un tamaño mayor implica sustituirlos uno a uno, %n master en total, un número impar para que etcd conserve la mayoría en todo momento.</numerusform>
            <numerusform>Un worker ejecuta ya la aplicación, pero etcd sigue escribiendo despacio en el master. La latencia viene de la propia CPU y del disco del master (etcd espera a que cada escritura llegue al disco), no de los pods de aplicación, así que más workers no ayudan. Todos los masters comparten una plantilla de máquina: un tamaño mayor implica sustituirlos uno a uno, %n masters en total, un número impar para que etcd conserve la mayoría en todo momento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Finding</name>
    <message>
        <source>Info</source>
        <extracomment>severity of an advisor finding</extracomment>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>severity of an advisor finding</extracomment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>severity of an advisor finding</extracomment>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>a size of your choice</source>
        <translation>un tamaño de su elección</translation>
    </message>
    <message numerus="yes">
        <source>Replace the masters with %n master(s) of size %1</source>
        <translation>
            <numerusform>Sustituir los masters por %n master de tamaño %1</numerusform>
            <numerusform>Sustituir los masters por %n masters de tamaño %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n master(s) of size %1</source>
        <translation>
            <numerusform>Añadir %n master de tamaño %1</numerusform>
            <numerusform>Añadir %n masters de tamaño %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n worker(s) of size %1</source>
        <translation>
            <numerusform>Añadir %n worker de tamaño %1</numerusform>
            <numerusform>Añadir %n workers de tamaño %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Verdict</name>
    <message>
        <source>High availability</source>
        <translation>Alta disponibilidad</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Disponibilidad reducida</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
</context>
<context>
    <name>maestro::history::HistoryRecorder</name>
    <message>
        <source>Adding masters: %1</source>
        <translation>Añadiendo masters: %1</translation>
    </message>
    <message>
        <source>Adding workers: %1</source>
        <translation>Añadiendo workers: %1</translation>
    </message>
</context>
<context>
    <name>maestro::history::HistoryStore</name>
    <message>
        <source>Samples could not be saved: %1</source>
        <translation>No se pudieron guardar las muestras: %1</translation>
    </message>
    <message>
        <source>Events could not be saved: %1</source>
        <translation>No se pudieron guardar los eventos: %1</translation>
    </message>
    <message>
        <source>The history could not be compacted: %1</source>
        <translation>No se pudo compactar el historial: %1</translation>
    </message>
    <message>
        <source>The history database was damaged. It was set aside as %1 and a new one was started.</source>
        <translation>La base de datos del historial estaba dañada. Se apartó como %1 y se creó una nueva.</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiError</name>
    <message>
        <source>the server redirects to %1</source>
        <translation>el servidor redirige a %1</translation>
    </message>
    <message>
        <source>The cluster cannot be reached: %1</source>
        <translation>No se puede acceder al clúster: %1</translation>
    </message>
    <message>
        <source>The cluster did not answer in time.</source>
        <translation>El clúster no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The cluster&apos;s certificate was refused: %1</source>
        <translation>Se rechazó el certificado del clúster: %1</translation>
    </message>
    <message>
        <source>The cluster refused the credentials (401 Unauthorized). Enter a valid token or check the kubeconfig&apos;s user.</source>
        <translation>El clúster rechazó las credenciales (401 Unauthorized). Introduzca un token válido o revise el usuario del kubeconfig.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <source>Someone else changed it first: %1</source>
        <translation>Otra persona lo cambió antes: %1</translation>
    </message>
    <message>
        <source>It already exists: %1</source>
        <translation>Ya existe: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s history moved on (410 Expired); reloading.</source>
        <translation>El historial del clúster avanzó (410 Expired); recargando.</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1</source>
        <translation>El clúster rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>The cluster refused the request: %1</source>
        <translation>El clúster rechazó la petición: %1</translation>
    </message>
    <message numerus="yes">
        <source>The cluster is throttling requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>El clúster está limitando las peticiones; se reintentará en %n segundo.</numerusform>
            <numerusform>El clúster está limitando las peticiones; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster&apos;s API server failed (%1): %2</source>
        <translation>El servidor de API del clúster falló (%1): %2</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Kubernetes API server: %1</source>
        <translation>El servidor respondió, pero no es un servidor de API de Kubernetes: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del clúster: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer was too large: %1</source>
        <translation>La respuesta del clúster era demasiado grande: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>no TLS on this port (is the address http:// rather than https://?): %1</source>
        <translation>sin TLS en este puerto (¿la dirección es http:// en lugar de https://?): %1</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiRequest</name>
    <message>
        <source>it answered %1 with %2 instead of JSON</source>
        <translation>respondió a %1 con %2 en lugar de JSON</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message numerus="yes">
        <source>the connection ended after %n byte(s) of the answer: %1</source>
        <translation>
            <numerusform>la conexión terminó tras %n byte de la respuesta: %1</numerusform>
            <numerusform>la conexión terminó tras %n bytes de la respuesta: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la respuesta estaba vacía</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ClusterConnection</name>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>Fallo de TLS</translation>
    </message>
    <message>
        <source>Not a Kubernetes API</source>
        <translation>No es una API de Kubernetes</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando con %1</translation>
    </message>
    <message>
        <source>Loading with the new token</source>
        <translation>Cargando con el nuevo token</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Se reintentará en %n segundo.</numerusform>
            <numerusform>%1 Se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>/version did not describe a Kubernetes version</source>
        <translation>/version no describía una versión de Kubernetes</translation>
    </message>
    <message>
        <source>Loading nodes, pods and events</source>
        <translation>Cargando nodos, pods y eventos</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2 Reconnecting.</source>
        <translation>Se perdió la conexión con %1: %2 Reconectando.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Conectado a %1 (%2)</translation>
    </message>
</context>
<context>
    <name>maestro::kube::InformerBase</name>
    <message>
        <source>the answer to a list of %1 has no items</source>
        <translation>la respuesta a una lista de %1 no tiene items</translation>
    </message>
    <message>
        <source>the watch ended at once without an event</source>
        <translation>el watch terminó de inmediato sin ningún evento</translation>
    </message>
</context>
<context>
    <name>maestro::kube::MetricsPoller</name>
    <message>
        <source>Waiting for the first measurement</source>
        <translation>Esperando la primera medición</translation>
    </message>
    <message>
        <source>Measured by metrics-server</source>
        <translation>Medido por metrics-server</translation>
    </message>
    <message>
        <source>metrics-server not installed: no CPU or memory figures</source>
        <translation>metrics-server no está instalado: sin cifras de CPU ni de memoria</translation>
    </message>
    <message>
        <source>Metrics unavailable: %1</source>
        <translation>Métricas no disponibles: %1</translation>
    </message>
    <message>
        <source>NodeMetricsList could not be read</source>
        <translation>No se pudo leer la NodeMetricsList</translation>
    </message>
</context>
<context>
    <name>maestro::kube::WatchStream</name>
    <message>
        <source>no event or bookmark for %1 s</source>
        <translation>ningún evento ni bookmark desde hace %1 s</translation>
    </message>
    <message>
        <source>a watch event over %1</source>
        <translation>un evento de watch de más de %1</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::CordonOperation</name>
    <message>
        <source>Cordoning %1</source>
        <translation>Acordonando %1</translation>
    </message>
    <message>
        <source>Uncordoning %1</source>
        <translation>Desacordonando %1</translation>
    </message>
    <message>
        <source>No server was chosen.</source>
        <translation>No se eligió ningún servidor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) cordoned: no new pods are scheduled there</source>
        <translation>
            <numerusform>%n servidor acordonado: ya no se planifican pods nuevos en él</numerusform>
            <numerusform>%n servidores acordonados: ya no se planifican pods nuevos en ellos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) uncordoned: pods can be scheduled there again</source>
        <translation>
            <numerusform>%n servidor desacordonado: se pueden volver a planificar pods en él</numerusform>
            <numerusform>%n servidores desacordonados: se pueden volver a planificar pods en ellos</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was accepted but the servers do not show it yet.</source>
        <translation>El cambio se aceptó, pero los servidores aún no lo reflejan.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainOperation</name>
    <message numerus="yes">
        <source>The drain of %1 did not finish within %n second(s); the server stays cordoned. Still there: %2</source>
        <translation>
            <numerusform>El drenaje de %1 no terminó en %n segundo; el servidor sigue acordonado. Siguen allí: %2</numerusform>
            <numerusform>El drenaje de %1 no terminó en %n segundos; el servidor sigue acordonado. Siguen allí: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>Drenando %1</translation>
    </message>
    <message>
        <source>Checking the pods on %1</source>
        <translation>Comprobando los pods de %1</translation>
    </message>
    <message>
        <source>%1 was not drained: %2</source>
        <translation>No se drenó %1: %2</translation>
    </message>
    <message>
        <source>Cordoning %1</source>
        <translation>Acordonando %1</translation>
    </message>
    <message>
        <source>Could not cordon %1: %2</source>
        <translation>No se pudo acordonar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Evicting %n pod(s) from %1</source>
        <translation>
            <numerusform>Desalojando %n pod de %1</numerusform>
            <numerusform>Desalojando %n pods de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for its disruption budget: %2</source>
        <translation>%1 espera a su presupuesto de interrupción: %2</translation>
    </message>
    <message>
        <source>Could not evict %1: %2; %3 stays cordoned.</source>
        <translation>No se pudo desalojar %1: %2; %3 sigue acordonado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s) moved off %2</source>
        <translation>
            <numerusform>%1 de %n pod trasladado fuera de %2</numerusform>
            <numerusform>%1 de %n pods trasladados fuera de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drained: %n pod(s) evicted; it stays cordoned</source>
        <translation>
            <numerusform>%1 drenado: %n pod desalojado; sigue acordonado</numerusform>
            <numerusform>%1 drenado: %n pods desalojados; sigue acordonado</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not drained: %2
This was found once the server was cordoned; %1 stays cordoned, so no new pods are scheduled on it. Uncordon it to undo that.</source>
        <translation>No se drenó %1: %2
Esto se detectó cuando el servidor ya estaba acordonado; %1 sigue acordonado, así que no se programan pods nuevos en él. Desacordónelo para deshacerlo.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainPlan</name>
    <message numerus="yes">
        <source>%n pod(s) keep data in local storage (emptyDir) that is lost when they move: %1. Allow deleting local data to go ahead.</source>
        <translation>
            <numerusform>%n pod guarda datos en almacenamiento local (emptyDir) que se pierden al trasladarlo: %1. Permita borrar los datos locales para continuar.</numerusform>
            <numerusform>%n pods guardan datos en almacenamiento local (emptyDir) que se pierden al trasladarlos: %1. Permita borrar los datos locales para continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) have no controller and would not be re-created anywhere: %1. Allow deleting them to go ahead.</source>
        <translation>
            <numerusform>%n pod no tiene controlador y no se volvería a crear en ningún sitio: %1. Permita borrarlo para continuar.</numerusform>
            <numerusform>%n pods no tienen controlador y no se volverían a crear en ningún sitio: %1. Permita borrarlos para continuar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) are covered by more than one disruption budget, which the eviction API refuses: %1.</source>
        <translation>
            <numerusform>%n pod está cubierto por más de un presupuesto de interrupción, algo que la API de desalojo rechaza: %1.</numerusform>
            <numerusform>%n pods están cubiertos por más de un presupuesto de interrupción, algo que la API de desalojo rechaza: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainPlanLoader</name>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La conexión con el clúster ya no existe.</translation>
    </message>
    <message>
        <source>Could not list the pods on %1: %2</source>
        <translation>No se pudieron listar los pods de %1: %2</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::LifecycleGuards</name>
    <message>
        <source>No server was chosen.</source>
        <translation>No se eligió ningún servidor.</translation>
    </message>
    <message>
        <source>%1 is not a server of this cluster.</source>
        <translation>%1 no es un servidor de este clúster.</translation>
    </message>
    <message>
        <source>%1 has no Cluster API machine (or it is already being removed), so the app cannot remove it.</source>
        <translation>%1 no tiene ninguna máquina de Cluster API (o ya se está eliminando), así que la aplicación no puede eliminarlo.</translation>
    </message>
    <message>
        <source>%1 belongs to no MachineDeployment.</source>
        <translation>%1 no pertenece a ningún MachineDeployment.</translation>
    </message>
    <message>
        <source>%1 is the last server that can run application pods: removing it would leave the application nowhere to run. Add a worker first.</source>
        <translation>%1 es el último servidor que puede ejecutar pods de aplicación: eliminarlo dejaría la aplicación sin ningún sitio donde ejecutarse. Añada primero un worker.</translation>
    </message>
    <message>
        <source>These are the last servers that can run application pods: removing them would leave the application nowhere to run. Add a worker first.</source>
        <translation>Son los últimos servidores que pueden ejecutar pods de aplicación: eliminarlos dejaría la aplicación sin ningún sitio donde ejecutarse. Añada primero un worker.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would leave no master: the cluster would stop.</source>
        <translation>
            <numerusform>Eliminar %n master no dejaría ningún master: el clúster se detendría.</numerusform>
            <numerusform>Eliminar %n masters no dejaría ningún master: el clúster se detendría.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would leave %1 masters, an even number: etcd gains no safety from it and the control plane refuses it. Remove masters in pairs, so that an odd number remains.</source>
        <translation>
            <numerusform>Eliminar %n master dejaría %1 masters, un número par: etcd no gana seguridad con ello y el plano de control lo rechaza. Elimine los masters de dos en dos para que quede un número impar.</numerusform>
            <numerusform>Eliminar %n masters dejaría %1 masters, un número par: etcd no gana seguridad con ello y el plano de control lo rechaza. Elimine los masters de dos en dos para que quede un número impar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would break etcd&apos;s quorum: of the %1 masters that would remain, only %2 are healthy, and etcd needs %3 for a majority. Wait until the masters are Ready and etcd is healthy.</source>
        <translation>
            <numerusform>Eliminar %n master rompería el quórum de etcd: de los %1 masters que quedarían, solo %2 están en buen estado, y etcd necesita %3 para tener mayoría. Espere a que los masters estén listos y etcd esté en buen estado.</numerusform>
            <numerusform>Eliminar %n masters rompería el quórum de etcd: de los %1 masters que quedarían, solo %2 están en buen estado, y etcd necesita %3 para tener mayoría. Espere a que los masters estén listos y etcd esté en buen estado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::LifecycleOperation</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La conexión con el clúster ya no existe.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::RemoveServerOperation</name>
    <message numerus="yes">
        <source>The servers were not removed within %n minute(s).</source>
        <translation>
            <numerusform>Los servidores no se eliminaron en %n minuto.</numerusform>
            <numerusform>Los servidores no se eliminaron en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Eliminando %1</translation>
    </message>
    <message numerus="yes">
        <source>Marking %n machine(s) for removal</source>
        <translation>
            <numerusform>Marcando %n máquina para su eliminación</numerusform>
            <numerusform>Marcando %n máquinas para su eliminación</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>Drenando %1</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>No se eliminó nada: %1</translation>
    </message>
    <message>
        <source>Could not mark machine %1 for removal: %2</source>
        <translation>No se pudo marcar la máquina %1 para su eliminación: %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n server(s) to go</source>
        <translation>
            <numerusform>Esperando a que desaparezca %n servidor</numerusform>
            <numerusform>Esperando a que desaparezcan %n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling %1 %2 down by %3</source>
        <translation>Reduciendo %1&#xa0;%2 en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) removed: %1</source>
        <translation>
            <numerusform>%n servidor eliminado: %1</numerusform>
            <numerusform>%n servidores eliminados: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::ReplaceMastersFlow</name>
    <message numerus="yes">
        <source>Step %1 did not finish within %n minute(s): %2. Nothing more was changed; the flow can be resumed.</source>
        <translation>
            <numerusform>El paso %1 no terminó en %n minuto: %2. No se cambió nada más; el proceso se puede reanudar.</numerusform>
            <numerusform>El paso %1 no terminó en %n minutos: %2. No se cambió nada más; el proceso se puede reanudar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing the masters with %1</source>
        <translation>Sustituyendo los masters por %1</translation>
    </message>
    <message numerus="yes">
        <source>Switch the masters to %1 and ask for %n master(s)</source>
        <translation>
            <numerusform>Cambiar los masters a %1 y pedir %n master</numerusform>
            <numerusform>Cambiar los masters a %1 y pedir %n masters</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the new masters are Ready and etcd is healthy</source>
        <translation>Esperar a que los nuevos masters estén listos y etcd esté en buen estado</translation>
    </message>
    <message>
        <source>Replace the old master %1 and wait for etcd</source>
        <translation>Sustituir el master antiguo %1 y esperar a etcd</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La conexión con el clúster ya no existe.</translation>
    </message>
    <message>
        <source>The cluster has no KubeadmControlPlane: its masters are not managed by Cluster API.</source>
        <translation>El clúster no tiene KubeadmControlPlane: sus masters no los gestiona Cluster API.</translation>
    </message>
    <message>
        <source>The cluster offers no machine template of size %1.</source>
        <translation>El clúster no ofrece ninguna plantilla de máquina de tamaño %1.</translation>
    </message>
    <message>
        <source>Every master is already of size %1.</source>
        <translation>Todos los masters son ya de tamaño %1.</translation>
    </message>
    <message numerus="yes">
        <source>The masters were replaced: %n master(s) of size %1, etcd healthy.</source>
        <translation>
            <numerusform>Se sustituyeron los masters: %n master de tamaño %1, etcd en buen estado.</numerusform>
            <numerusform>Se sustituyeron los masters: %n masters de tamaño %1, etcd en buen estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the control plane: %1</source>
        <translation>No se pudo leer el plano de control: %1</translation>
    </message>
    <message>
        <source>The control plane could not be read.</source>
        <translation>No se pudo leer el plano de control.</translation>
    </message>
    <message>
        <source>The control plane keeps changing under the flow; nothing was applied.</source>
        <translation>El plano de control sigue cambiando durante el proceso; no se aplicó nada.</translation>
    </message>
    <message>
        <source>The control plane refused the new size: %1</source>
        <translation>El plano de control rechazó el nuevo tamaño: %1</translation>
    </message>
    <message>
        <source>the control plane is not visible</source>
        <translation>el plano de control no es visible</translation>
    </message>
    <message>
        <source>%1 of %2 masters Ready and healthy</source>
        <translation>%1 de %2 masters listos y en buen estado</translation>
    </message>
    <message>
        <source>; etcd is not healthy yet</source>
        <translation>; etcd aún no está en buen estado</translation>
    </message>
    <message>
        <source>Waiting for the new masters: %1</source>
        <translation>Esperando a los nuevos masters: %1</translation>
    </message>
    <message>
        <source>Waiting before replacing %1: %2</source>
        <translation>Esperando antes de sustituir %1: %2</translation>
    </message>
    <message>
        <source>%1 is being removed; %2</source>
        <translation>%1 se está eliminando; %2</translation>
    </message>
    <message>
        <source>%1 removed; waiting for its replacement: %2</source>
        <translation>%1 eliminado; esperando a su sustituto: %2</translation>
    </message>
    <message>
        <source>Could not remove the old master %1: %2</source>
        <translation>No se pudo eliminar el master antiguo %1: %2</translation>
    </message>
    <message>
        <source>the control plane does not show the new size yet</source>
        <translation>el plano de control aún no muestra el nuevo tamaño</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::ScaleChange</name>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La conexión con el clúster ya no existe.</translation>
    </message>
    <message>
        <source>Could not read the number of servers of %1 %2: %3</source>
        <translation>No se pudo leer el número de servidores de %1&#xa0;%2: %3</translation>
    </message>
    <message>
        <source>%1 %2 has no replica count.</source>
        <translation>%1&#xa0;%2 no tiene número de réplicas.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else: it now asks for %3 (it was %4). Nothing was applied.</source>
        <translation>Otra persona cambió %1&#xa0;%2: ahora pide %3 (antes %4). No se aplicó nada.</translation>
    </message>
    <message>
        <source>The cluster refused to change %1 %2: %3</source>
        <translation>El clúster rechazó cambiar %1&#xa0;%2: %3</translation>
    </message>
    <message>
        <source>Could not find out whether %1 %2 was changed: %3 Check it before trying again.</source>
        <translation>No se pudo averiguar si %1&#xa0;%2 cambió: %3 Revíselo antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 %2 still asks for %3 after %4 attempts to change it. Nothing was applied.</source>
        <translation>%1&#xa0;%2 sigue pidiendo %3 tras %4 intentos de cambiarlo. No se aplicó nada.</translation>
    </message>
</context>
<context>
    <name>maestro::scaling::ScalePlan</name>
    <message>
        <source>%1 (%2 vCPU, %3 GiB, %4 GiB %5)</source>
        <translation>%1 (%2 vCPU, %3 GiB, %4 GiB %5)</translation>
    </message>
    <message>
        <source>Choose how many servers to add.</source>
        <translation>Elija cuántos servidores añadir.</translation>
    </message>
    <message>
        <source>At most 100 servers can be added at once.</source>
        <translation>Se pueden añadir como máximo 100 servidores a la vez.</translation>
    </message>
    <message>
        <source>This cluster does not offer Cluster API (cluster.x-k8s.io): servers cannot be added from here.</source>
        <translation>Este clúster no ofrece Cluster API (cluster.x-k8s.io): no se pueden añadir servidores desde aquí.</translation>
    </message>
    <message>
        <source>The cluster offers no server size &quot;%1&quot;.</source>
        <translation>El clúster no ofrece ningún tamaño de servidor «%1».</translation>
    </message>
    <message>
        <source>This cluster&apos;s control plane is not managed by a KubeadmControlPlane: masters cannot be added from here.</source>
        <translation>El plano de control de este clúster no lo gestiona un KubeadmControlPlane: no se pueden añadir masters desde aquí.</translation>
    </message>
    <message>
        <source>All masters share one machine template: new masters are %1 like the existing ones. A larger size means replacing the masters.</source>
        <translation>Todos los masters comparten una plantilla de máquina: los nuevos masters son %1 como los existentes. Un tamaño mayor implica sustituir los masters.</translation>
    </message>
    <message>
        <source>%1 masters is an even number: etcd needs a majority, so %1 masters survive no more failures than %2.</source>
        <extracomment>%1 is an even number of masters; the sentence explains etcd quorum</extracomment>
        <translation>%1 masters es un número par: etcd necesita mayoría, así que %1 masters no sobreviven a más fallos que %2.</translation>
    </message>
    <message>
        <source>Add %1 or %2.</source>
        <translation>Añada %1 o %2.</translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation>Añada %1.</translation>
    </message>
    <message>
        <source>No Cluster API cluster was found to add workers to.</source>
        <translation>No se encontró ningún clúster de Cluster API al que añadir workers.</translation>
    </message>
</context>
<context>
    <name>maestro::scaling::ScaleUpOperation</name>
    <message>
        <source>, node Ready</source>
        <translation>, nodo listo</translation>
    </message>
    <message numerus="yes">
        <source>The new servers were not ready after %n minute(s). %1</source>
        <translation>
            <numerusform>Los nuevos servidores no estaban listos tras %n minuto. %1</numerusform>
            <numerusform>Los nuevos servidores no estaban listos tras %n minutos. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La conexión con el clúster ya no existe.</translation>
    </message>
    <message>
        <source>Submitting the request</source>
        <translation>Enviando la solicitud</translation>
    </message>
    <message>
        <source>Could not read the current number of servers: %1</source>
        <translation>No se pudo leer el número actual de servidores: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s Scale object has no replica count.</source>
        <translation>El objeto Scale del clúster no tiene número de réplicas.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else while adding servers: it now asks for %3 (it was %4). Nothing was applied; check the cluster and try again.</source>
        <translation>Otra persona cambió %1&#xa0;%2 mientras se añadían servidores: ahora pide %3 (antes %4). No se aplicó nada; revise el clúster e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The cluster refused to add servers: %1</source>
        <translation>El clúster rechazó añadir servidores: %1</translation>
    </message>
    <message>
        <source>The cluster refused the new MachineDeployment: %1</source>
        <translation>El clúster rechazó el nuevo MachineDeployment: %1</translation>
    </message>
    <message>
        <source>A MachineDeployment named %1 already exists; nothing was changed.</source>
        <translation>Ya existe un MachineDeployment llamado %1; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Provisioning %n server(s)</source>
        <translation>
            <numerusform>Aprovisionando %n servidor</numerusform>
            <numerusform>Aprovisionando %n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1 failed: %2</source>
        <translation>Falló el servidor %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation>
            <numerusform>%1 de %n servidor listo</numerusform>
            <numerusform>%1 de %n servidores listos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added and ready</source>
        <translation>
            <numerusform>%n servidor añadido y listo</numerusform>
            <numerusform>%n servidores añadidos y listos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out whether the servers were added: %1 Check %2 %3 before trying again.</source>
        <translation>No se pudo averiguar si se añadieron los servidores: %1 Revise %2&#xa0;%3 antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Could not find out whether MachineDeployment %1 was created: %2 Check the cluster before trying again.</source>
        <translation>No se pudo averiguar si se creó el MachineDeployment %1: %2 Revise el clúster antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>maestro::ui</name>
    <message>
        <source>%1s</source>
        <extracomment>An age as kubectl shows it, in seconds (&quot;45s&quot;); %1m, %1h and %1d follow</extracomment>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
</context>
<context>
    <name>maestro::ui::AboutDialog</name>
    <message>
        <source>Maestro Desktop</source>
        <translation>Maestro Desktop</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <extracomment>%1 the Qt version the app runs on, %2 the one it was built with</extracomment>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>About Maestro Desktop</source>
        <translation>Acerca de Maestro Desktop</translation>
    </message>
    <message>
        <source>Desktop administration of Kubernetes clusters.</source>
        <translation>Administración de escritorio de clústeres de Kubernetes.</translation>
    </message>
    <message>
        <source>Free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with NO WARRANTY.</source>
        <translation>Software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece SIN NINGUNA GARANTÍA.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
</context>
<context>
    <name>maestro::ui::AdvisorPanel</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The advisor checks the cluster once its servers, pods and events are loaded.</source>
        <translation>El asesor revisa el clúster en cuanto se cargan sus servidores, pods y eventos.</translation>
    </message>
    <message>
        <source>No findings: the control plane is highly available and the workers have headroom.</source>
        <translation>Sin hallazgos: el plano de control tiene alta disponibilidad y los workers tienen margen.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), worst first.</source>
        <translation>
            <numerusform>%n hallazgo, el más grave primero.</numerusform>
            <numerusform>%n hallazgos, los más graves primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the guided replacement of the masters: new masters of the larger size first, then the old ones one at a time.</source>
        <translation>Abre la sustitución guiada de los masters: primero los nuevos masters del tamaño mayor, después los antiguos, de uno en uno.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ApplicationPage</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>ContainerCreating</source>
        <translation>Creando contenedor</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Application navigation</source>
        <translation>Navegación de la aplicación</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Reinicios</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>Request de CPU</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>The type of a Kubernetes event: Warning or Normal</extracomment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Servers not added</source>
        <translation>Servidores no añadidos</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s)</source>
        <translation>
            <numerusform>%n master</numerusform>
            <numerusform>%n masters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding %1 (%2): %3</source>
        <translation>Añadiendo %1 (%2): %3</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Añadido con éxito: %1 (%2).</translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation>Falló añadir %1: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>maestro::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Buscar comandos</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Comandos coincidentes</translation>
    </message>
</context>
<context>
    <name>maestro::ui::Commands</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>maestro::ui::DashboardPage</name>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Every cluster of your kubeconfig, and a simulated demo cluster. Open one with Enter or a double click.</source>
        <translation>Cada clúster de su kubeconfig y un clúster de demostración simulado. Abra uno con Intro o con doble clic.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n servidor</numerusform>
            <numerusform>%n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not ready, %2 under pressure</source>
        <translation>no listos: %1, bajo presión: %2</translation>
    </message>
    <message>
        <source>all servers healthy</source>
        <translation>todos los servidores en buen estado</translation>
    </message>
</context>
<context>
    <name>maestro::ui::DrainDialog</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Evicting</source>
        <translation>Desalojando</translation>
    </message>
    <message>
        <source>Waiting for its disruption budget</source>
        <translation>Esperando a su presupuesto de interrupción</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>Drenar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Draining first marks %n server(s) unschedulable (cordon), so that no new pods start there. Then every pod is asked to move through the Eviction API, which respects disruption budgets: a pod whose budget allows no disruption now is asked again until it may go. DaemonSet and static pods stay. The servers stay cordoned afterwards, also when you stop the drain.</source>
        <translation>
            <numerusform>Drenar marca primero %n servidor como no planificable (acordonar), para que no se inicien pods nuevos en él. Después se pide a cada pod que se traslade mediante la API de desalojo (Eviction API), que respeta los presupuestos de interrupción: a un pod cuyo presupuesto no permite ahora ninguna interrupción se le vuelve a pedir hasta que pueda irse. Los pods de DaemonSet y los pods estáticos se quedan. El servidor sigue acordonado después, también si detiene el drenaje.</numerusform>
            <numerusform>Drenar marca primero %n servidores como no planificables (acordonar), para que no se inicien pods nuevos en ellos. Después se pide a cada pod que se traslade mediante la API de desalojo (Eviction API), que respeta los presupuestos de interrupción: a un pod cuyo presupuesto no permite ahora ninguna interrupción se le vuelve a pedir hasta que pueda irse. Los pods de DaemonSet y los pods estáticos se quedan. Los servidores siguen acordonados después, también si detiene el drenaje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing drains %n server(s) first (see below), then marks each machine for deletion and lowers its group&apos;s server count by one, so that Cluster API deletes exactly these machines. Their cloud servers are released.</source>
        <translation>
            <numerusform>Eliminar drena primero %n servidor (véase abajo), después marca su máquina para borrarla y reduce en uno el número de servidores de su grupo, para que Cluster API borre exactamente esa máquina. Su servidor en la nube se libera.</numerusform>
            <numerusform>Eliminar drena primero %n servidores (véase abajo), después marca cada máquina para borrarla y reduce en uno el número de servidores de su grupo, para que Cluster API borre exactamente estas máquinas. Sus servidores en la nube se liberan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Delete local data: pods with emptyDir volumes lose it</source>
        <translation>Borrar los datos locales: los pods con volúmenes emptyDir los pierden</translation>
    </message>
    <message>
        <source>Delete pods without a controller: nothing re-creates them</source>
        <translation>Borrar los pods sin controlador: nada los vuelve a crear</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Desistir tras</translation>
    </message>
    <message>
        <source>Reading the pods on the server…</source>
        <translation>Leyendo los pods del servidor…</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drenar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>presupuesto %1</translation>
    </message>
    <message>
        <source>local storage (emptyDir)</source>
        <translation>almacenamiento local (emptyDir)</translation>
    </message>
    <message>
        <source>no controller</source>
        <translation>sin controlador</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>allows no disruption now (%1 of %2 healthy needed): the drain waits</source>
        <translation>no permite ahora ninguna interrupción (se necesitan %1 de %2 en buen estado): el drenaje espera</translation>
    </message>
    <message>
        <source>DaemonSet pod</source>
        <translation>pod de DaemonSet</translation>
    </message>
    <message>
        <source>static pod</source>
        <translation>pod estático</translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation>Se trasladarán (%1)</translation>
    </message>
    <message>
        <source>Blocks or waits (%1)</source>
        <translation>Bloquean o esperan (%1)</translation>
    </message>
    <message>
        <source>Stays on the server (%1)</source>
        <translation>Se quedan en el servidor (%1)</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop evicting; the servers stay cordoned</source>
        <translation>Dejar de desalojar; los servidores siguen acordonados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>maestro::ui::LifecycleActions</name>
    <message numerus="yes">
        <source>Cordon %n server(s)</source>
        <translation>
            <numerusform>Acordonar %n servidor</numerusform>
            <numerusform>Acordonar %n servidores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n server(s)</source>
        <translation>
            <numerusform>Desacordonar %n servidor</numerusform>
            <numerusform>Desacordonar %n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>No new pods will be scheduled on %1. Pods already running there keep running. You can uncordon at any time.</source>
        <translation>No se planificarán pods nuevos en %1. Los pods que ya se ejecutan allí siguen ejecutándose. Puede desacordonar en cualquier momento.</translation>
    </message>
    <message>
        <source>New pods may be scheduled on %1 again.</source>
        <translation>Se podrán volver a planificar pods nuevos en %1.</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Acordonar</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Desacordonar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A replacement of the masters was interrupted; Resume continues it.</source>
        <translation>Se interrumpió una sustitución de los masters; Reanudar la continúa.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::MainWindow</name>
    <message>
        <source>Maestro Desktop</source>
        <translation>Maestro Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Warning: TLS verification is off</source>
        <translation>Advertencia: la verificación TLS está desactivada</translation>
    </message>
    <message>
        <source>TLS verification is off for this cluster: its kubeconfig says insecure-skip-tls-verify. Anyone between you and the cluster can read and change what you see and do.</source>
        <translation>La verificación TLS está desactivada para este clúster: su kubeconfig indica insecure-skip-tls-verify. Cualquiera entre usted y el clúster puede leer y cambiar lo que ve y hace.</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>Volver a conectar ahora</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Actualidad de los datos</translation>
    </message>
    <message>
        <source>Cluster and server</source>
        <translation>Clúster y servidor</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>API latency</source>
        <translation>Latencia de la API</translation>
    </message>
    <message>
        <source>Cannot open the cluster</source>
        <translation>No se puede abrir el clúster</translation>
    </message>
    <message>
        <source>Dashboard › %1 › Application › %2</source>
        <translation>Panel › %1 › Aplicación › %2</translation>
    </message>
    <message>
        <source>%1 — %2 — Maestro Desktop</source>
        <translation>%1 — %2 — Maestro Desktop</translation>
    </message>
    <message>
        <source>Loading %1: %2 servers, %3 pods, %4 events so far</source>
        <translation>Cargando %1: %2 servidores, %3 pods, %4 eventos hasta ahora</translation>
    </message>
    <message>
        <source>Enter a token…</source>
        <translation>Introducir un token…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) in the kubeconfig</source>
        <translation>
            <numerusform>%n clúster en el kubeconfig</numerusform>
            <numerusform>%n clústeres en el kubeconfig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Actualizado hace %1</translation>
    </message>
    <message>
        <source>Stale: the live updates are down</source>
        <translation>Desactualizado: las actualizaciones en directo no funcionan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Switch Cluster…</source>
        <translation>&amp;Cambiar de clúster…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>&amp;Filtrar la lista</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Clúster</translation>
    </message>
    <message>
        <source>Scale &amp;Up…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Reconectar ahora</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Exportar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Exportar historial como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Using the App</source>
        <translation>&amp;Uso de la aplicación</translation>
    </message>
    <message>
        <source>A &amp;Report Without a Window</source>
        <translation>Un &amp;informe sin ventana</translation>
    </message>
    <message>
        <source>The &amp;Simulated Cluster with kubectl</source>
        <translation>El clúster &amp;simulado con kubectl</translation>
    </message>
    <message>
        <source>The README is not installed on this computer.</source>
        <translation>El README no está instalado en este equipo.</translation>
    </message>
    <message>
        <source>&amp;About Maestro Desktop</source>
        <translation>Acerca &amp;de Maestro Desktop</translation>
    </message>
    <message>
        <source>Type a command or a page, for example &quot;scale up&quot;</source>
        <translation>Escriba un comando o una página, por ejemplo «escalar»</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulado</translation>
    </message>
    <message>
        <source>Switch to a cluster</source>
        <translation>Cambiar a un clúster</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>The README could not be opened.</source>
        <translation>No se pudo abrir el README.</translation>
    </message>
    <message>
        <source>Loading the cluster</source>
        <translation>Cargando el clúster</translation>
    </message>
    <message>
        <source>Adding servers</source>
        <translation>Añadiendo servidores</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s)</source>
        <translation>
            <numerusform>%n master</numerusform>
            <numerusform>%n masters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Servers added</source>
        <translation>Servidores añadidos</translation>
    </message>
    <message>
        <source>Servers not added</source>
        <translation>Servidores no añadidos</translation>
    </message>
    <message>
        <source>%1 (%2) ready.</source>
        <translation>%1 (%2) listo.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <extracomment>a machine&apos;s name, its Cluster API phase, and the node&apos;s state</extracomment>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>, node Ready</source>
        <translation>, nodo listo</translation>
    </message>
    <message>
        <source>, node %1 joining</source>
        <translation>, nodo %1 uniéndose</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n server(s): %1 ready</source>
        <translation>
            <numerusform>Añadiendo %n servidor: %1 listo</numerusform>
            <numerusform>Añadiendo %n servidores: %1 listos</numerusform>
        </translation>
    </message>
    <message>
        <source>API p50 %L1 ms · p99 %L2 ms</source>
        <translation>API p50 %L1 ms · p99 %L2 ms</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the export; a file that was there before stays as it was</source>
        <translation>Detener la exportación; un archivo que ya existía queda como estaba</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Guardando %1</translation>
    </message>
    <message>
        <source>%1 of %2 series to %3</source>
        <extracomment>the CSV export: series written of all, then the file name</extracomment>
        <translation>%1 de %2 series en %3</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Export of %1 cancelled</source>
        <translation>Exportación de %1 cancelada</translation>
    </message>
    <message>
        <source>%L1 of %L2 lists</source>
        <extracomment>the first load of a cluster: lists loaded of all, then the objects so far</extracomment>
        <translation>%L1 de %L2 listas</translation>
    </message>
    <message>
        <source>%L1 servers, %L2 pods, %L3 events so far</source>
        <translation>%L1 servidores, %L2 pods, %L3 eventos hasta ahora</translation>
    </message>
</context>
<context>
    <name>maestro::ui::NodeDetailsWidget</name>
    <message>
        <source>Server details</source>
        <translation>Detalles del servidor</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Seleccione un servidor para ver sus detalles.</translation>
    </message>
    <message>
        <source>Machine phase: %1. Its node appears here once it registers with the cluster.</source>
        <translation>Fase de la máquina: %1. Su nodo aparece aquí en cuanto se registra en el clúster.</translation>
    </message>
    <message>
        <source>The server %1 is gone.</source>
        <translation>El servidor %1 ya no existe.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Taints</source>
        <translation>Taints</translation>
    </message>
    <message>
        <source>none (application pods may run here)</source>
        <translation>ninguno (aquí pueden ejecutarse pods de aplicación)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>allocatable</source>
        <translation>asignable</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation>Pods (%1)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Desacordonar</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Acordonar</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Drenar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>SchedulingDisabled: no new pods start here (cordoned).</source>
        <translation>Planificación desactivada: aquí no se inician pods nuevos (acordonado).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>maestro::ui::Notifier</name>
    <message>
        <source>Maestro Desktop</source>
        <translation>Maestro Desktop</translation>
    </message>
</context>
<context>
    <name>maestro::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Servidor de API</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <source>%1 dedicated, %2 shared</source>
        <translation>dedicados: %1, compartidos: %2</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Servers not ready</source>
        <translation>Servidores no listos</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>%1 running, %2 pending, %3 in all</source>
        <translation>%1 en ejecución, %2 pendientes, %3 en total</translation>
    </message>
    <message>
        <source>Warning events</source>
        <translation>Eventos de advertencia</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>API latency (5 min)</source>
        <translation>Latencia de la API (5 min)</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>aún no hay peticiones</translation>
    </message>
    <message>
        <source>p50 %L1 ms, p99 %L2 ms</source>
        <translation>p50 %L1 ms, p99 %L2 ms</translation>
    </message>
</context>
<context>
    <name>maestro::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when Maestro Desktop restarts.</source>
        <translation>Un idioma nuevo se aplica cuando se reinicia Maestro Desktop.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>a number of seconds follows, as in &quot;15 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>CPU and memory use every:</source>
        <translation>Uso de CPU y memoria cada:</translation>
    </message>
    <message>
        <source>etcd&apos;s slow-request log every:</source>
        <translation>Registro de peticiones lentas de etcd cada:</translation>
    </message>
    <message>
        <source>Servers, pods and events are watched: their changes arrive as they happen.</source>
        <translation>Los servidores, los pods y los eventos se vigilan: sus cambios llegan en cuanto se producen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep history for:</source>
        <translation>Conservar el historial durante:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>At most, per cluster:</source>
        <translation>Como máximo, por clúster:</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Workers are short above:</source>
        <translation>Faltan workers por encima de:</translation>
    </message>
    <message>
        <source>Critically short above:</source>
        <translation>Falta crítica por encima de:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>API slow when its p99 exceeds:</source>
        <translation>API lenta cuando su p99 supera:</translation>
    </message>
    <message>
        <source>Pods waiting for a server longer than:</source>
        <translation>Pods que esperan un servidor más de:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Desktop notifications for critical findings and finished operations</source>
        <translation>Notificaciones de escritorio para hallazgos críticos y operaciones terminadas</translation>
    </message>
    <message>
        <source>This desktop offers no notification area: notifications stay in the window.</source>
        <translation>Este escritorio no ofrece área de notificaciones: las notificaciones se quedan en la ventana.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ReplaceMastersDialog</name>
    <message>
        <source>Replace the masters</source>
        <translation>Sustituir los masters</translation>
    </message>
    <message>
        <source>A replacement of the masters with %1 was interrupted. It continues where it stopped; steps already done are checked, not repeated.</source>
        <translation>Se interrumpió una sustitución de los masters por %1. Continúa donde se detuvo; los pasos ya hechos se comprueban, no se repiten.</translation>
    </message>
    <message numerus="yes">
        <source>The masters are replaced by %n master(s) of size %1. New masters of that size join first; once they are Ready and etcd is healthy, the old masters go one at a time, each replaced by a new one, so that etcd keeps its majority throughout. The cluster stays available; it takes several minutes per master.</source>
        <translation>
            <numerusform>Los masters se sustituyen por %n master de tamaño %1. Los nuevos masters de ese tamaño se incorporan primero; cuando estén listos y etcd esté en buen estado, los masters antiguos se retiran de uno en uno, cada uno sustituido por uno nuevo, para que etcd conserve la mayoría en todo momento. El clúster sigue disponible; tarda varios minutos por master.</numerusform>
            <numerusform>Los masters se sustituyen por %n masters de tamaño %1. Los nuevos masters de ese tamaño se incorporan primero; cuando estén listos y etcd esté en buen estado, los masters antiguos se retiran de uno en uno, cada uno sustituido por uno nuevo, para que etcd conserve la mayoría en todo momento. El clúster sigue disponible; tarda varios minutos por master.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Replace masters</source>
        <translation>Sustituir masters</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a step of the master replacement and its state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop after the current request; the flow can be resumed later</source>
        <translation>Detener tras la petición actual; el proceso se puede reanudar más tarde</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ResourceTablePage</name>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Todos los namespaces</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Solo advertencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ScaleUpWizard</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>What the new servers will do.</source>
        <translation>Lo que harán los nuevos servidores.</translation>
    </message>
    <message>
        <source>Server size</source>
        <translation>Tamaño del servidor</translation>
    </message>
    <message>
        <source>The sizes this cluster offers.</source>
        <translation>Los tamaños que ofrece este clúster.</translation>
    </message>
    <message>
        <source>— not recommended for Kubernetes</source>
        <translation>— no recomendado para Kubernetes</translation>
    </message>
    <message>
        <source>All masters share one machine template, so new masters have the masters&apos; current size (%1). A larger size means replacing the masters.</source>
        <translation>Todos los masters comparten una plantilla de máquina, así que los nuevos masters tienen el tamaño actual de los masters (%1). Un tamaño mayor implica sustituir los masters.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Sizes under 2 vCPU or 2 GiB are not recommended: Kubernetes itself needs that much.</source>
        <translation>No se recomiendan tamaños por debajo de 2 vCPU o 2 GiB: Kubernetes necesita eso para sí mismo.</translation>
    </message>
    <message>
        <source>This cluster offers no server sizes (no Cluster API machine templates were found).</source>
        <translation>Este clúster no ofrece tamaños de servidor (no se encontraron plantillas de máquina de Cluster API).</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>How many servers to add.</source>
        <translation>Cuántos servidores añadir.</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) in all: </source>
        <translation>
            <numerusform>%n master en total: </numerusform>
            <numerusform>%n masters en total: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cluster survives %n master failure(s).</source>
        <translation>
            <numerusform>el clúster sobrevive al fallo de %n master.</numerusform>
            <numerusform>el clúster sobrevive al fallo de %n masters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) of this size will be added.</source>
        <translation>
            <numerusform>Se añadirá %n worker de este tamaño.</numerusform>
            <numerusform>Se añadirán %n workers de este tamaño.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Add Server.</source>
        <translation>No se cambia nada hasta que pulse Añadir servidor.</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Through</source>
        <extracomment>Review row: the Cluster API object through which the servers are added</extracomment>
        <translation>Mediante</translation>
    </message>
    <message>
        <source>a new MachineDeployment %1</source>
        <translation>un nuevo MachineDeployment %1</translation>
    </message>
    <message>
        <source>Projected utilisation</source>
        <translation>Utilización prevista</translation>
    </message>
    <message>
        <source>unknown (no metrics)</source>
        <translation>desconocida (sin métricas)</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>A worker runs only application pods. Add workers when the application needs room, or to take it off a shared master.</source>
        <translation>Un worker solo ejecuta pods de aplicación. Añada workers cuando la aplicación necesite sitio, o para sacarla de un master compartido.</translation>
    </message>
    <message>
        <source>Masters run the control plane (API server, scheduler, etcd). High availability needs at least three, and always an odd number.</source>
        <translation>Los masters ejecutan el plano de control (servidor de API, scheduler, etcd). La alta disponibilidad necesita al menos tres, y siempre un número impar.</translation>
    </message>
    <message>
        <source>Number of servers</source>
        <translation>Número de servidores</translation>
    </message>
    <message>
        <source>Summary of the servers to add</source>
        <translation>Resumen de los servidores que se añadirán</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La conexión con el clúster ya no existe.</translation>
    </message>
    <message>
        <source>%1 %2: %L3 → %L4 replicas</source>
        <translation>%1&#xa0;%2: %L3 → %L4 réplicas</translation>
    </message>
    <message>
        <source>masters run only the control plane: application load stays at CPU %1, memory %2</source>
        <translation>los masters solo ejecutan el plano de control: la carga de aplicación se mantiene en CPU %1, memoria %2</translation>
    </message>
    <message>
        <source>CPU %1, memory %2 of the schedulable servers</source>
        <translation>CPU %1, memoria %2 de los servidores planificables</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ServersModel</name>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Shared master</source>
        <translation>Master compartido</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <extracomment>instance type, then vCPU and memory of the node</extracomment>
        <translation>%1 (%2 vCPU, %3 GiB)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>No listo</translation>
    </message>
    <message>
        <source>MemoryPressure</source>
        <translation>Presión de memoria</translation>
    </message>
    <message>
        <source>DiskPressure</source>
        <translation>Presión de disco</translation>
    </message>
    <message>
        <source>PIDPressure</source>
        <translation>Presión de PID</translation>
    </message>
    <message>
        <source>SchedulingDisabled</source>
        <translation>Planificación desactivada</translation>
    </message>
    <message>
        <source>provisioning</source>
        <extracomment>The Size column of a server being added, until its node registers</extracomment>
        <translation>aprovisionando</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <extracomment>Column of the Servers table: a small chart of the last 30 minutes</extracomment>
        <translation>Últimos 30 min</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>+ Scale up</source>
        <translation>+ Escalar</translation>
    </message>
    <message>
        <source>Scale up: add servers</source>
        <translation>Escalar: añadir servidores</translation>
    </message>
    <message>
        <source>Add Master or Worker servers (Ctrl+Shift+A)</source>
        <translation>Añadir servidores master o worker (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>Filtrar servidores</translation>
    </message>
    <message>
        <source>Filter by name, size or status</source>
        <translation>Filtrar por nombre, tamaño o estado</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrar por rol</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <source>Shared masters</source>
        <translation>Masters compartidos</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Being added</source>
        <translation>Añadiéndose</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Acordonar</translation>
    </message>
    <message>
        <source>Stop scheduling new pods on the selected servers</source>
        <translation>Dejar de planificar pods nuevos en los servidores seleccionados</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Desacordonar</translation>
    </message>
    <message>
        <source>Allow new pods on the selected servers again</source>
        <translation>Volver a permitir pods nuevos en los servidores seleccionados</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Drenar…</translation>
    </message>
    <message>
        <source>Move every pod off the selected servers</source>
        <translation>Trasladar todos los pods fuera de los servidores seleccionados</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Drain the selected servers, then remove their machines</source>
        <translation>Drenar los servidores seleccionados y después eliminar sus máquinas</translation>
    </message>
    <message>
        <source>Resume master replacement…</source>
        <translation>Reanudar la sustitución de masters…</translation>
    </message>
    <message>
        <source>Continue the interrupted replacement of the masters</source>
        <translation>Continuar la sustitución interrumpida de los masters</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+K opens the command palette: every command by name, with or without a shortcut.</source>
        <translation>Ctrl+K abre la paleta de comandos: todos los comandos por su nombre, con o sin atajo.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>separates the alternative shortcuts of one command</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <source>Scale Up Wizard and Dialogs</source>
        <translation>Asistente de escalado y diálogos</translation>
    </message>
    <message>
        <source>The highlighted button (Next, Add Server, OK)</source>
        <translation>El botón resaltado (Siguiente, Añadir servidor, Aceptar)</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Cancelar y cerrar</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimeWindow</name>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar los últimos %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Follow the present (Home)</source>
        <translation>Seguir el presente (Inicio)</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Filtrar nodos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in range</source>
        <translation>
            <numerusform>%Ln evento en el intervalo</numerusform>
            <numerusform>%Ln eventos en el intervalo</numerusform>
        </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Click an event to see its details.</source>
        <translation>Haga clic en un evento para ver sus detalles.</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objeto:</translation>
    </message>
    <message>
        <source>Show this server</source>
        <translation>Mostrar este servidor</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nodo:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Recuento:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Visto por primera vez:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Visto por última vez:</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(the cluster)</source>
        <translation>(el clúster)</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelineView</name>
    <message>
        <source>Events timeline</source>
        <translation>Cronología de eventos</translation>
    </message>
    <message>
        <source>Wheel: zoom around the pointer. Shift+wheel: move in time. Drag: move. + and -: zoom. Left and Right: move. Home: back to the present. Up and Down: lanes. Tab: next event. Enter: select.</source>
        <translation>Rueda: ampliar alrededor del puntero. Mayús+rueda: moverse en el tiempo. Arrastrar: mover. + y -: ampliar. Izquierda y Derecha: mover. Inicio: volver al presente. Arriba y Abajo: carriles. Tab: siguiente evento. Intro: seleccionar.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Events of the cluster as a whole</source>
        <translation>Eventos del clúster en su conjunto</translation>
    </message>
    <message>
        <source>%1 (double-click to show the server)</source>
        <translation>%1 (doble clic para mostrar el servidor)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Double-click to zoom in</source>
        <translation>Doble clic para ampliar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s), %1 – %2</source>
        <translation>
            <numerusform>%Ln vez, %1 – %2</numerusform>
            <numerusform>%Ln veces, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>master</source>
        <extracomment>A tag after a node&apos;s name on its timeline lane: the node is a master</extracomment>
        <translation>master</translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A tag after a node&apos;s name on its timeline lane: the node has left the cluster</extracomment>
        <translation>desaparecido</translation>
    </message>
    <message>
        <source>No lane matches the node filter</source>
        <translation>Ningún carril coincide con el filtro de nodos</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>No hay eventos en este intervalo</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TokenDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>%1 refused the credentials of your kubeconfig.</source>
        <translation>%1 rechazó las credenciales de su kubeconfig.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <source>Keep it in the keychain</source>
        <translation>Guardarlo en el llavero</translation>
    </message>
    <message>
        <source>Keep it (no keychain is available: only until Maestro Desktop quits)</source>
        <translation>Guardarlo (no hay llavero disponible: solo hasta que se cierre Maestro Desktop)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>maestro::ui::UtilisationChart</name>
    <message>
        <source>%1
%2
%3</source>
        <extracomment>Tooltip of a chart point: %1 series (node) name, %2 local time, %3 value with its unit</extracomment>
        <translation>%1
%2
%3</translation>
    </message>
</context>
<context>
    <name>maestro::ui::UtilisationExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (&quot;No space left on device&quot;)</extracomment>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>There is no history to export.</source>
        <translation>No hay historial que exportar.</translation>
    </message>
    <message>
        <source>The history was closed before the export finished.</source>
        <translation>El historial se cerró antes de que terminara la exportación.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::UtilisationPage</name>
    <message>
        <source>Utilisation</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Mostrar los últimos %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Follow the present (Home)</source>
        <translation>Seguir el presente (Inicio)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Series shown in the charts</source>
        <translation>Series mostradas en los gráficos</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>CPU (% of allocatable)</source>
        <translation>CPU (% de lo asignable)</translation>
    </message>
    <message>
        <source>Memory (% of allocatable)</source>
        <translation>Memoria (% de lo asignable)</translation>
    </message>
    <message>
        <source>API latency of this app (ms)</source>
        <extracomment>Chart title: latency of the requests this app sends to the cluster&apos;s API server</extracomment>
        <translation>Latencia de la API de esta aplicación (ms)</translation>
    </message>
    <message>
        <source>All masters</source>
        <translation>Todos los masters</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Todos los workers</translation>
    </message>
    <message numerus="yes">
        <source>Masters (%n)</source>
        <extracomment>Group headings of the series list with their node counts</extracomment>
        <translation>
            <numerusform>Masters (%n)</numerusform>
            <numerusform>Masters (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workers (%n)</source>
        <translation>
            <numerusform>Workers (%n)</numerusform>
            <numerusform>Workers (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <extracomment>The dashed line of the utilisation charts; %1 is a percentage (&quot;75%&quot;)</extracomment>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Nothing was lost: a file that was there before is unchanged. You can save the same export somewhere else.</source>
        <translation>No se perdió nada: un archivo que ya existía no ha cambiado. Puede guardar la misma exportación en otro lugar.</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Guardar en otro lugar…</translation>
    </message>
</context>
</TS>
