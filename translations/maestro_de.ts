<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>The history database was damaged. It was set aside as %1 and a new one was started; the history collected before is not shown.</source>
        <translation>Die Verlaufsdatenbank war beschädigt. Sie wurde als %1 beiseitegelegt und eine neue angelegt; der bisher gesammelte Verlauf wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The history database is in use by another program (is Maestro running twice?). The history of this session will not be kept.</source>
        <translation>Die Verlaufsdatenbank wird von einem anderen Programm verwendet (läuft Maestro zweimal?). Der Verlauf dieser Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history database cannot be opened: %1</source>
        <translation>Die Verlaufsdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <source>Eviction</source>
        <translation>Räumung</translation>
    </message>
    <message>
        <source>Scheduling failure</source>
        <translation>Scheduling-Fehler</translation>
    </message>
    <message>
        <source>Resource pressure</source>
        <translation>Ressourcenknappheit</translation>
    </message>
    <message>
        <source>Slow etcd write</source>
        <translation>Langsamer etcd-Schreibvorgang</translation>
    </message>
    <message>
        <source>Node added</source>
        <translation>Knoten hinzugefügt</translation>
    </message>
    <message>
        <source>Node ready</source>
        <translation>Knoten bereit</translation>
    </message>
    <message>
        <source>Scale-up started</source>
        <translation>Hochskalieren gestartet</translation>
    </message>
    <message>
        <source>Scale-up finished</source>
        <translation>Hochskalieren abgeschlossen</translation>
    </message>
    <message>
        <source>Advisor finding</source>
        <translation>Befund des Beraters</translation>
    </message>
    <message>
        <source>Advisor finding cleared</source>
        <translation>Befund des Beraters behoben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Server action</source>
        <translation>Serveraktion</translation>
    </message>
</context>
<context>
    <name>maestro</name>
    <message>
        <source>Desktop administration of Kubernetes clusters</source>
        <translation>Desktop-Verwaltung von Kubernetes-Clustern</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version an.</translation>
    </message>
    <message>
        <source>Print a report of the cluster without opening a window.</source>
        <translation>Gibt einen Bericht über den Cluster aus, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>The kubeconfig to use.</source>
        <translation>Die zu verwendende kubeconfig.</translation>
    </message>
    <message>
        <source>The kubeconfig context to open.</source>
        <translation>Der zu öffnende kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>Open the simulated demo cluster (scenario as argument: shared-master, undersized-master, ha, large).</source>
        <translation>Öffnet den simulierten Demo-Cluster (Szenario als Argument: shared-master, undersized-master, ha, large).</translation>
    </message>
    <message>
        <source>Simulated seconds per real second in the demo (default 10).</source>
        <translation>Simulierte Sekunden pro echter Sekunde in der Demo (Standard 10).</translation>
    </message>
    <message>
        <source>Seconds to observe the cluster for the report (default 10).</source>
        <translation>Sekunden, die der Cluster für den Bericht beobachtet wird (Standard 10).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Gibt den Bericht als JSON aus.</translation>
    </message>
    <message>
        <source>The demo scenario (with --demo).</source>
        <translation>Das Demo-Szenario (mit --demo).</translation>
    </message>
    <message>
        <source>The language to use (for example de), instead of the system&apos;s.</source>
        <translation>Die zu verwendende Sprache (zum Beispiel de) statt der des Systems.</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (Standard), light oder dark.</translation>
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
        <translation>maestro-sim im selben Prozess</translation>
    </message>
    <message>
        <source>No cluster %1.</source>
        <translation>Kein Cluster %1.</translation>
    </message>
</context>
<context>
    <name>maestro::ClusterReport</name>
    <message numerus="yes">
        <source>Could not load the cluster within %n second(s): %1</source>
        <translation>
            <numerusform>Der Cluster konnte nicht innerhalb von %n Sekunde geladen werden: %1</numerusform>
            <numerusform>Der Cluster konnte nicht innerhalb von %n Sekunden geladen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1 at %2 (%3)</source>
        <translation>Cluster %1 unter %2 (%3)</translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4  cpu %5  memory %6  pods %7</source>
        <translation>  %1  %2  %3  %4  CPU %5  Speicher %6  Pods %7</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Pods: %1 total, %2 running, %3 pending, %4 failed</source>
        <translation>Pods: %1 gesamt, %2 laufend, %3 ausstehend, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning: TLS verification is off for this cluster (insecure-skip-tls-verify).</source>
        <translation>Warnung: Die TLS-Prüfung ist für diesen Cluster ausgeschaltet (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source>Events: %L1 total, %L2 warnings</source>
        <translation>Ereignisse: %L1 gesamt, %L2 Warnungen</translation>
    </message>
    <message>
        <source>API latency: p50 %L1 ms, p99 %L2 ms</source>
        <translation>API-Latenz: p50 %L1 ms, p99 %L2 ms</translation>
    </message>
</context>
<context>
    <name>maestro::CredentialStore</name>
    <message>
        <source>No keychain is available: the token is kept only until Maestro Desktop quits</source>
        <translation>Kein Schlüsselbund verfügbar: Das Token wird nur aufbewahrt, bis Maestro Desktop beendet wird</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Der Schlüsselbund konnte das Geheimnis nicht löschen: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
</context>
<context>
    <name>maestro::DemoCluster</name>
    <message>
        <source>Demo cluster (simulated)</source>
        <translation>Demo-Cluster (simuliert)</translation>
    </message>
    <message>
        <source>Unknown demo scenario &quot;%1&quot; (one of: %2).</source>
        <translation>Unbekanntes Demo-Szenario „%1“ (eines von: %2).</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s kubeconfig could not be read.</source>
        <translation>Die kubeconfig des Demo-Clusters konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>maestro::ExecCredentialProvider</name>
    <message>
        <source>(no error output)</source>
        <translation>(keine Fehlerausgabe)</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed something that is not an ExecCredential (invalid JSON: %2).</source>
        <translation>Das Credential-Plugin %1 hat etwas ausgegeben, das kein ExecCredential ist (ungültiges JSON: %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with apiVersion &quot;%2&quot;, but the kubeconfig asks for &quot;%3&quot;.</source>
        <translation>Das Credential-Plugin %1 hat mit apiVersion „%2“ geantwortet, die kubeconfig verlangt aber „%3“.</translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with kind &quot;%2&quot; instead of ExecCredential.</source>
        <translation>Das Credential-Plugin %1 hat mit kind „%2“ statt ExecCredential geantwortet.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned a client certificate without its key, or a key without its certificate.</source>
        <translation>Das Credential-Plugin %1 hat ein Client-Zertifikat ohne Schlüssel oder einen Schlüssel ohne Zertifikat geliefert.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned neither a token nor a client certificate.</source>
        <translation>Das Credential-Plugin %1 hat weder ein Token noch ein Client-Zertifikat geliefert.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned an expirationTimestamp that is not an RFC 3339 time: %2</source>
        <translation>Das Credential-Plugin %1 hat einen expirationTimestamp geliefert, der keine RFC-3339-Zeit ist: %2</translation>
    </message>
    <message>
        <source>The context %1 has no credential plugin configured.</source>
        <translation>Für den Kontext %1 ist kein Credential-Plugin eingerichtet.</translation>
    </message>
    <message>
        <source>The credential plugin %1 needs an interactive terminal (interactiveMode: Always), which Maestro Desktop cannot provide.</source>
        <translation>Das Credential-Plugin %1 braucht ein interaktives Terminal (interactiveMode: Always), das Maestro Desktop nicht bieten kann.</translation>
    </message>
    <message>
        <source>The credential plugin %1 was not found in PATH.</source>
        <translation>Das Credential-Plugin %1 wurde im PATH nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot start the credential plugin %1: %2</source>
        <translation>Das Credential-Plugin %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The credential plugin %1 did not answer within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Das Credential-Plugin %1 hat nicht innerhalb von %n Sekunde geantwortet und wurde beendet.</numerusform>
            <numerusform>Das Credential-Plugin %1 hat nicht innerhalb von %n Sekunden geantwortet und wurde beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential plugin %1 crashed: %2</source>
        <translation>Das Credential-Plugin %1 ist abgestürzt: %2</translation>
    </message>
    <message>
        <source>The credential plugin %1 failed with exit code %2: %3</source>
        <translation>Das Credential-Plugin %1 ist mit dem Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed more than %2 and was stopped.</source>
        <extracomment>%2 is a size with its unit (&quot;1 MiB&quot;)</extracomment>
        <translation>Das Credential-Plugin %1 hat mehr als %2 ausgegeben und wurde beendet.</translation>
    </message>
</context>
<context>
    <name>maestro::Kubeconfig</name>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>„%1“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a PEM %2</source>
        <translation>„%1“ enthält kein PEM-%2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; file %2: %3</source>
        <translation>die Datei „%1“ %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the entry must be a mapping with &quot;name&quot; and a &quot;%1&quot; mapping</source>
        <translation>der Eintrag muss eine Zuordnung mit „name“ und einer Zuordnung „%1“ sein</translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation>der Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>&quot;exec.apiVersion&quot; is missing</source>
        <translation>„exec.apiVersion“ fehlt</translation>
    </message>
    <message>
        <source>exec plugin API version &quot;%1&quot; is not supported; use %2 or %3</source>
        <translation>die API-Version „%1“ des exec-Plugins wird nicht unterstützt; verwenden Sie %2 oder %3</translation>
    </message>
    <message>
        <source>&quot;exec.command&quot; is missing</source>
        <translation>„exec.command“ fehlt</translation>
    </message>
    <message>
        <source>&quot;exec.args&quot; must be a list of strings</source>
        <translation>„exec.args“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;exec.env&quot; must be a list</source>
        <translation>„exec.env“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;exec.env[%1]&quot; must have a name</source>
        <translation>„exec.env[%1]“ braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;exec.interactiveMode&quot; must be Never, IfAvailable or Always</source>
        <translation>„exec.interactiveMode“ muss Never, IfAvailable oder Always sein</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not a kubeconfig</source>
        <translation>die Datei enthält Binärdaten; sie ist keine kubeconfig</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; it is not a kubeconfig</source>
        <translation>die Datei ist kein UTF-8-Text; sie ist keine kubeconfig</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply; it is not a kubeconfig</source>
        <translation>das YAML ist zu tief verschachtelt; es ist keine kubeconfig</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig: expected a mapping with clusters, users and contexts</source>
        <translation>die Datei ist keine kubeconfig: erwartet wird eine Zuordnung mit clusters, users und contexts</translation>
    </message>
    <message>
        <source>unexpected YAML structure: %1</source>
        <translation>unerwartete YAML-Struktur: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>duplicate name; the entry on line %1 is used</source>
        <translation>doppelter Name; verwendet wird der Eintrag in Zeile %1</translation>
    </message>
    <message>
        <source>&quot;server&quot; is missing</source>
        <translation>„server“ fehlt</translation>
    </message>
    <message>
        <source>&quot;server&quot; is not a valid URL: %1</source>
        <translation>„server“ ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>&quot;server&quot; must be an https or http URL: %1</source>
        <translation>„server“ muss eine https- oder http-URL sein: %1</translation>
    </message>
    <message>
        <source>&quot;insecure-skip-tls-verify&quot; cannot be combined with a certificate authority</source>
        <translation>„insecure-skip-tls-verify“ kann nicht mit einer Zertifizierungsstelle kombiniert werden</translation>
    </message>
    <message>
        <source>&quot;proxy-url&quot; must be an http, https or socks5 URL: %1</source>
        <translation>„proxy-url“ muss eine http-, https- oder socks5-URL sein: %1</translation>
    </message>
    <message>
        <source>&quot;client-certificate&quot; is set but &quot;client-key&quot; is missing</source>
        <translation>„client-certificate“ ist gesetzt, aber „client-key“ fehlt</translation>
    </message>
    <message>
        <source>&quot;client-key&quot; is set but &quot;client-certificate&quot; is missing</source>
        <translation>„client-key“ ist gesetzt, aber „client-certificate“ fehlt</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>die Token-Datei %1 ist leer</translation>
    </message>
    <message>
        <source>&quot;exec&quot; must be a mapping</source>
        <translation>„exec“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>auth-provider &quot;%1&quot; was removed from Kubernetes clients; use an exec credential plugin instead</source>
        <translation>auth-provider „%1“ wurde aus den Kubernetes-Clients entfernt; verwenden Sie stattdessen ein exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>basic authentication (username and password) is not supported; use a token, a client certificate or an exec plugin</source>
        <translation>Basic-Authentifizierung (Benutzername und Passwort) wird nicht unterstützt; verwenden Sie ein Token, ein Client-Zertifikat oder ein exec-Plugin</translation>
    </message>
    <message>
        <source>&quot;cluster&quot; is missing</source>
        <translation>„cluster“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name</source>
        <translation>„%1“ ist kein gültiger Namespace-Name</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; not found</source>
        <translation>Cluster „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; could not be loaded (%2 line %3)</source>
        <translation>Cluster „%1“ konnte nicht geladen werden (%2 Zeile %3)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; not found</source>
        <translation>Benutzer „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; could not be loaded (%2 line %3)</source>
        <translation>Benutzer „%1“ konnte nicht geladen werden (%2 Zeile %3)</translation>
    </message>
    <message>
        <source>current-context &quot;%1&quot; names no context</source>
        <translation>current-context „%1“ nennt keinen vorhandenen Kontext</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>es ist größer als %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; it is not a kubeconfig</source>
        <translation>die Datei ist größer als %1; sie ist keine kubeconfig</translation>
    </message>
</context>
<context>
    <name>maestro::ReportCommand</name>
    <message>
        <source>no context given and the kubeconfig names no current-context</source>
        <translation>kein Kontext angegeben und die kubeconfig nennt keinen current-context</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found (or not loadable)</source>
        <translation>Kontext „%1“ nicht gefunden (oder nicht ladbar)</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>Berater: %1</translation>
    </message>
</context>
<context>
    <name>maestro::SecretOrigin</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>file %1 (named in %2)</source>
        <translation>Datei %1 (genannt in %2)</translation>
    </message>
    <message>
        <source>credential plugin configured in %1</source>
        <translation>Credential-Plugin, eingerichtet in %1</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Checks</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the rest of a list of pods, nodes or log lines that is too long to show</extracomment>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
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
            <numerusform>%n Master: Die Control Plane ist nicht hochverfügbar</numerusform>
            <numerusform>%n Master: Die Control Plane ist nicht hochverfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Master: %1</translation>
    </message>
    <message numerus="yes">
        <source>With %n master(s), etcd keeps its majority only while every master is up.</source>
        <extracomment>%n is the number of masters</extracomment>
        <translation>
            <numerusform>Mit %n Master behält etcd seine Mehrheit nur, solange jeder Master läuft.</numerusform>
            <numerusform>Mit %n Mastern behält etcd seine Mehrheit nur, solange jeder Master läuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) do not count: only masters run etcd and the API server.</source>
        <translation>
            <numerusform>%n Worker zählt nicht: Nur Master betreiben etcd und den API-Server.</numerusform>
            <numerusform>%n Worker zählen nicht: Nur Master betreiben etcd und den API-Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>etcd, which stores the whole cluster, needs a majority of its members to accept a write. With fewer than 3 masters, losing one master stops the control plane: no scheduling, no scaling, no changes. 3 masters survive the loss of one, 5 of two. Workers do not help here: one master plus one worker is still not highly available.</source>
        <translation>etcd, das den gesamten Cluster speichert, braucht eine Mehrheit seiner Mitglieder, um einen Schreibvorgang anzunehmen. Mit weniger als 3 Mastern legt der Ausfall eines Masters die Control Plane lahm: kein Scheduling, kein Skalieren, keine Änderungen. 3 Master überstehen den Ausfall von einem, 5 den von zweien. Worker helfen hier nicht: Ein Master plus ein Worker ist immer noch nicht hochverfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) is an even number: the last one adds no failure tolerance</source>
        <translation>
            <numerusform>%n Master ist eine gerade Zahl: Der letzte bringt keine zusätzliche Ausfalltoleranz</numerusform>
            <numerusform>%n Master sind eine gerade Zahl: Der letzte bringt keine zusätzliche Ausfalltoleranz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 masters survive %2 failure(s), no more than %3 masters do.</source>
        <extracomment>%1 masters survive %2 failures, as many as %3 masters do</extracomment>
        <translation>%1 Master überstehen %2 Ausfall/Ausfälle, nicht mehr als %3 Master.</translation>
    </message>
    <message>
        <source>etcd needs a majority (more than half) of its members. An even number of masters needs as many survivors as the next odd number while offering one more member that can fail: add one master to make the count odd.</source>
        <translation>etcd braucht eine Mehrheit (mehr als die Hälfte) seiner Mitglieder. Eine gerade Anzahl von Mastern braucht so viele Überlebende wie die nächste ungerade Zahl, bietet aber ein Mitglied mehr, das ausfallen kann: Fügen Sie einen Master hinzu, damit die Anzahl ungerade wird.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no NoSchedule taint and runs %n application pod(s): %2</source>
        <translation>
            <numerusform>%1 hat keinen NoSchedule-Taint und betreibt %n Anwendungs-Pod: %2</numerusform>
            <numerusform>%1 hat keinen NoSchedule-Taint und betreibt %n Anwendungs-Pods: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The master also runs %n application pod(s)</source>
        <translation>
            <numerusform>Der Master betreibt auch %n Anwendungs-Pod</numerusform>
            <numerusform>Der Master betreibt auch %n Anwendungs-Pods</numerusform>
        </translation>
    </message>
    <message>
        <source>A master without the control-plane NoSchedule taint shares its CPU, memory and disk with the application. When the application is busy, etcd and the API server slow down with it, and the kubelet may evict pods to free memory. Dedicated workers keep the application away from the control plane.</source>
        <translation>Ein Master ohne den NoSchedule-Taint der Control Plane teilt CPU, Speicher und Festplatte mit der Anwendung. Wenn die Anwendung ausgelastet ist, werden etcd und der API-Server mit ihr langsam, und das Kubelet räumt womöglich Pods, um Speicher freizugeben. Eigene Worker halten die Anwendung von der Control Plane fern.</translation>
    </message>
    <message>
        <source>The application uses %1 of the schedulable capacity (target: at most %2)</source>
        <extracomment>%1 is the load in percent, %2 the target in percent</extracomment>
        <translation>Die Anwendung nutzt %1 der einplanbaren Kapazität (Ziel: höchstens %2)</translation>
    </message>
    <message>
        <source>Schedulable nodes: %1</source>
        <translation>Einplanbare Knoten: %1</translation>
    </message>
    <message>
        <source>CPU requests: %1 of %2 cores (%3)</source>
        <extracomment>%1 and %2 are CPU cores, %3 a percentage</extracomment>
        <translation>CPU-Requests: %1 von %2 Kernen (%3)</translation>
    </message>
    <message>
        <source>Memory requests: %1 of %2 GiB (%3)</source>
        <extracomment>%1 and %2 are GiB, %3 a percentage</extracomment>
        <translation>Speicher-Requests: %1 von %2 GiB (%3)</translation>
    </message>
    <message>
        <source>CPU usage: %1 of %2 cores (%3)</source>
        <translation>CPU-Nutzung: %1 von %2 Kernen (%3)</translation>
    </message>
    <message>
        <source>Memory usage: %1 of %2 GiB (%3)</source>
        <translation>Speichernutzung: %1 von %2 GiB (%3)</translation>
    </message>
    <message>
        <source>No usage figures (%1): requests only.</source>
        <translation>Keine Nutzungswerte (%1): nur Requests.</translation>
    </message>
    <message>
        <source>metrics not reported for these nodes</source>
        <translation>für diese Knoten werden keine Metriken gemeldet</translation>
    </message>
    <message>
        <source>metrics-server unavailable</source>
        <translation>metrics-server nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n pending pod(s) counted with their requests.</source>
        <translation>
            <numerusform>%n ausstehender Pod mit seinen Requests gezählt.</numerusform>
            <numerusform>%n ausstehende Pods mit ihren Requests gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new %1 worker offers about %2 cores and %3 GiB to pods.</source>
        <extracomment>%1 cores, %2 GiB of one new node</extracomment>
        <translation>Ein neuer %1-Worker bietet Pods etwa %2 Kerne und %3 GiB.</translation>
    </message>
    <message>
        <source>(same as the largest node)</source>
        <translation>(wie der größte Knoten)</translation>
    </message>
    <message>
        <source>Above %1 of the schedulable capacity, a node failure or a burst leaves pods without room: they stay Pending, or the kubelet evicts them under memory pressure. The count brings the largest of CPU and memory, requests and usage, back to %1, assuming each new node keeps 100 millicores and 400 MiB for the system.</source>
        <translation>Oberhalb von %1 der einplanbaren Kapazität lässt ein Knotenausfall oder eine Lastspitze Pods ohne Platz: Sie bleiben Pending, oder das Kubelet räumt sie bei Speicherdruck. Die Anzahl bringt den größten Wert aus CPU und Speicher, Requests und Nutzung wieder auf %1, wobei jeder neue Knoten 100 Millicores und 400 MiB für das System zurückbehält.</translation>
    </message>
    <message>
        <source>The API server answers slowly: p99 %1 ms</source>
        <translation>Der API-Server antwortet langsam: p99 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>p99 %1 ms over the last %2, %n request(s) (watches excluded)</source>
        <extracomment>%1 is milliseconds, %2 a duration (&quot;5 min&quot;), %n the number of requests</extracomment>
        <translation>
            <numerusform>p99 %1 ms in den letzten %2, %n Anfrage (ohne Watches)</numerusform>
            <numerusform>p99 %1 ms in den letzten %2, %n Anfragen (ohne Watches)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slowest: %1 took %2 ms</source>
        <translation>Am langsamsten: %1 brauchte %2 ms</translation>
    </message>
    <message>
        <source>Threshold: p99 above %1 ms</source>
        <translation>Schwelle: p99 über %1 ms</translation>
    </message>
    <message>
        <source>These are the app&apos;s own requests, small lists and reads that a healthy API server answers in milliseconds. When they take over a second, the API server is short of CPU or waits for etcd: kubectl, controllers and the scheduler are slow too.</source>
        <translation>Das sind die eigenen Anfragen der App, kleine Listen und Lesezugriffe, die ein gesunder API-Server in Millisekunden beantwortet. Dauern sie über eine Sekunde, fehlt dem API-Server CPU oder er wartet auf etcd: kubectl, Controller und der Scheduler sind dann ebenfalls langsam.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) waiting for a node for more than %1</source>
        <translation>
            <numerusform>%n Pod wartet seit mehr als %1 auf einen Knoten</numerusform>
            <numerusform>%n Pods warten seit mehr als %1 auf einen Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending for %2</source>
        <extracomment>a pending pod and how long it has been waiting</extracomment>
        <translation>%1 wartet seit %2</translation>
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation>Scheduler: %1</translation>
    </message>
    <message>
        <source>Pods wait %1 s for a node (p90)</source>
        <translation>Pods warten %1 s auf einen Knoten (p90)</translation>
    </message>
    <message numerus="yes">
        <source>Scheduling latency p90 %1 s over %n pod(s) created in the last %2</source>
        <extracomment>%1 seconds, %2 a duration, %n pods</extracomment>
        <translation>
            <numerusform>Scheduling-Latenz p90 %1 s über %n Pod, erstellt in den letzten %2</numerusform>
            <numerusform>Scheduling-Latenz p90 %1 s über %n Pods, erstellt in den letzten %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduler finds no node with room for these pods, or takes long to decide. Pods that cannot be scheduled serve nothing; the scheduler&apos;s message says what is missing (CPU, memory, a taint that is not tolerated).</source>
        <translation>Der Scheduler findet keinen Knoten mit Platz für diese Pods oder braucht lange für die Entscheidung. Pods, die nicht eingeplant werden können, leisten nichts; die Meldung des Schedulers sagt, was fehlt (CPU, Speicher, ein nicht tolerierter Taint).</translation>
    </message>
    <message>
        <source>%1 is under MemoryPressure</source>
        <translation>%1 steht unter MemoryPressure</translation>
    </message>
    <message>
        <source>%1 is under DiskPressure</source>
        <translation>%1 steht unter DiskPressure</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) evicted on the master %1 in the last %2</source>
        <extracomment>%1 is a list of master nodes</extracomment>
        <translation>
            <numerusform>%n Pod auf dem Master %1 in den letzten %2 geräumt</numerusform>
            <numerusform>%n Pods auf dem Master %1 in den letzten %2 geräumt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 evicted on %2 at %3</source>
        <translation>%1 geräumt auf %2 um %3</translation>
    </message>
    <message>
        <source>%1 evicted on %2</source>
        <translation>%1 geräumt auf %2</translation>
    </message>
    <message>
        <source>Kubelet: %1</source>
        <translation>Kubelet: %1</translation>
    </message>
    <message>
        <source>The kubelet evicts pods when a node runs out of memory or disk. On a master, the next victims are the control plane&apos;s neighbours, and the control plane itself is starved: the API server and etcd slow down or restart.</source>
        <translation>Das Kubelet räumt Pods, wenn einem Knoten Speicher oder Festplattenplatz ausgeht. Auf einem Master sind die nächsten Opfer die Nachbarn der Control Plane, und die Control Plane selbst verhungert: API-Server und etcd werden langsam oder starten neu.</translation>
    </message>
    <message numerus="yes">
        <source>etcd reported %n slow write(s) in the last %1</source>
        <translation>
            <numerusform>etcd meldete %n langsamen Schreibvorgang in den letzten %1</numerusform>
            <numerusform>etcd meldete %n langsame Schreibvorgänge in den letzten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;apply request took too long&quot;: %1, &quot;slow fdatasync&quot;: %2, heartbeat &quot;took too long&quot;: %3</source>
        <extracomment>counts of etcd&apos;s three kinds of slow-write warnings</extracomment>
        <translation>„apply request took too long“: %1, „slow fdatasync“: %2, Heartbeat „took too long“: %3</translation>
    </message>
    <message>
        <source>Slowest: took %1 ms (%2 at %3)</source>
        <extracomment>%1 ms, %2 an etcd pod, %3 a time of day</extracomment>
        <translation>Am langsamsten: dauerte %1 ms (%2 um %3)</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>etcd writes every change to disk before it answers. Warnings like these mean its disk or CPU cannot keep up: every request through the API server waits, leader elections may fail, and the cluster feels frozen.</source>
        <translation>etcd schreibt jede Änderung auf die Festplatte, bevor es antwortet. Warnungen wie diese bedeuten, dass Festplatte oder CPU nicht mithalten: Jede Anfrage über den API-Server wartet, Leader-Wahlen können scheitern, und der Cluster wirkt eingefroren.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dedicated worker(s): the master runs the application and suffers</source>
        <translation>
            <numerusform>%n eigenen Worker hinzufügen: Der Master betreibt die Anwendung und leidet darunter</numerusform>
            <numerusform>%n eigene Worker hinzufügen: Der Master betreibt die Anwendung und leidet darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Only schedulable node(s): %1 (shared master)</source>
        <translation>Einziger einplanbarer Knoten: %1 (geteilter Master)</translation>
    </message>
    <message>
        <source>Symptom %1: %2</source>
        <extracomment>%1 is a finding id, %2 its summary</extracomment>
        <translation>Symptom %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Application load to move: %n pod(s), %1 cores, %2 GiB</source>
        <extracomment>%n application pods, %1 cores, %2 GiB</extracomment>
        <translation>
            <numerusform>Zu verlagernde Anwendungslast: %n Pod, %1 Kerne, %2 GiB</numerusform>
            <numerusform>Zu verlagernde Anwendungslast: %n Pods, %1 Kerne, %2 GiB</numerusform>
        </translation>
    </message>
    <message>
        <source>The master is the only node that takes application pods, and the application is starving the control plane. Dedicated workers take the new pods (and those the master evicts) and leave the master&apos;s CPU, memory and disk to etcd and the API server. The count holds the application&apos;s requests and usage at %1 of the new workers&apos; capacity.</source>
        <translation>Der Master ist der einzige Knoten, der Anwendungs-Pods annimmt, und die Anwendung lässt die Control Plane verhungern. Eigene Worker übernehmen die neuen Pods (und die, die der Master räumt) und überlassen CPU, Speicher und Festplatte des Masters etcd und dem API-Server. Die Anzahl hält Requests und Nutzung der Anwendung bei %1 der Kapazität der neuen Worker.</translation>
    </message>
    <message>
        <source>The master is too small for etcd: replace it with %1</source>
        <translation>Der Master ist zu klein für etcd: Ersetzen Sie ihn durch %1</translation>
    </message>
    <message>
        <source>The master is too small for etcd, and no larger size is offered</source>
        <translation>Der Master ist zu klein für etcd, und es wird keine größere Größe angeboten</translation>
    </message>
    <message>
        <source>Workers taking the application: %1 (Ready since %2)</source>
        <translation>Worker, die die Anwendung übernehmen: %1 (bereit seit %2)</translation>
    </message>
    <message>
        <source>Application pods on masters: %1 of %2</source>
        <extracomment>%1 of %2 application pods</extracomment>
        <translation>Anwendungs-Pods auf Mastern: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n etcd slow-write warning(s) since then; slowest took %1 ms</source>
        <translation>
            <numerusform>%n etcd-Warnung zu langsamen Schreibvorgängen seitdem; der langsamste dauerte %1 ms</numerusform>
            <numerusform>%n etcd-Warnungen zu langsamen Schreibvorgängen seitdem; der langsamste dauerte %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Masters now: %1</source>
        <translation>Master jetzt: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>A worker now runs the application, yet etcd on the master still writes slowly. The latency comes from the master&apos;s own CPU and disk (etcd waits for every write to reach the disk), not from application pods, so more workers do not help. All masters share one machine template: a larger size means replacing them one by one, %n master(s) in all, an odd number so that etcd keeps its majority throughout.</source>
        <translation>
            <numerusform>Ein Worker betreibt jetzt die Anwendung, doch etcd auf dem Master schreibt weiterhin langsam. Die Latenz kommt von CPU und Festplatte des Masters selbst (etcd wartet, bis jeder Schreibvorgang die Festplatte erreicht), nicht von Anwendungs-Pods, also helfen mehr Worker nicht. Alle Master teilen sich ein Machine-Template: Eine größere Größe heißt, sie einzeln zu ersetzen, %n Master insgesamt, eine ungerade Zahl, damit etcd durchgehend seine Mehrheit behält.</numerusform>
            <numerusform>Ein Worker betreibt jetzt die Anwendung, doch etcd auf dem Master schreibt weiterhin langsam. Die Latenz kommt von CPU und Festplatte des Masters selbst (etcd wartet, bis jeder Schreibvorgang die Festplatte erreicht), nicht von Anwendungs-Pods, also helfen mehr Worker nicht. Alle Master teilen sich ein Machine-Template: Eine größere Größe heißt, sie einzeln zu ersetzen, %n Master insgesamt, eine ungerade Zahl, damit etcd durchgehend seine Mehrheit behält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Finding</name>
    <message>
        <source>Info</source>
        <extracomment>severity of an advisor finding</extracomment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>severity of an advisor finding</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>severity of an advisor finding</extracomment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>a size of your choice</source>
        <translation>eine Größe Ihrer Wahl</translation>
    </message>
    <message numerus="yes">
        <source>Replace the masters with %n master(s) of size %1</source>
        <translation>
            <numerusform>Die Master durch %n Master der Größe %1 ersetzen</numerusform>
            <numerusform>Die Master durch %n Master der Größe %1 ersetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n master(s) of size %1</source>
        <translation>
            <numerusform>%n Master der Größe %1 hinzufügen</numerusform>
            <numerusform>%n Master der Größe %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n worker(s) of size %1</source>
        <translation>
            <numerusform>%n Worker der Größe %1 hinzufügen</numerusform>
            <numerusform>%n Worker der Größe %1 hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Verdict</name>
    <message>
        <source>High availability</source>
        <translation>Hochverfügbar</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Eingeschränkt verfügbar</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
</context>
<context>
    <name>maestro::history::HistoryRecorder</name>
    <message>
        <source>Adding masters: %1</source>
        <translation>Master werden hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Adding workers: %1</source>
        <translation>Worker werden hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>maestro::history::HistoryStore</name>
    <message>
        <source>Samples could not be saved: %1</source>
        <translation>Messwerte konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Events could not be saved: %1</source>
        <translation>Ereignisse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The history could not be compacted: %1</source>
        <translation>Der Verlauf konnte nicht verdichtet werden: %1</translation>
    </message>
    <message>
        <source>The history database was damaged. It was set aside as %1 and a new one was started.</source>
        <translation>Die Verlaufsdatenbank war beschädigt. Sie wurde als %1 beiseitegelegt und eine neue angelegt.</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiError</name>
    <message>
        <source>the server redirects to %1</source>
        <translation>der Server leitet weiter an %1</translation>
    </message>
    <message>
        <source>The cluster cannot be reached: %1</source>
        <translation>Der Cluster ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The cluster did not answer in time.</source>
        <translation>Der Cluster hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The cluster&apos;s certificate was refused: %1</source>
        <translation>Das Zertifikat des Clusters wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The cluster refused the credentials (401 Unauthorized). Enter a valid token or check the kubeconfig&apos;s user.</source>
        <translation>Der Cluster hat die Anmeldedaten abgelehnt (401 Unauthorized). Geben Sie ein gültiges Token ein oder prüfen Sie den Benutzer in der kubeconfig.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Someone else changed it first: %1</source>
        <translation>Jemand anderes hat es zuerst geändert: %1</translation>
    </message>
    <message>
        <source>It already exists: %1</source>
        <translation>Es existiert bereits: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s history moved on (410 Expired); reloading.</source>
        <translation>Der Verlauf des Clusters ist weitergegangen (410 Expired); es wird neu geladen.</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1</source>
        <translation>Der Cluster hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The cluster refused the request: %1</source>
        <translation>Der Cluster hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The cluster is throttling requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>Der Cluster drosselt Anfragen; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Der Cluster drosselt Anfragen; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster&apos;s API server failed (%1): %2</source>
        <translation>Der API-Server des Clusters ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Kubernetes API server: %1</source>
        <translation>Der Server hat geantwortet, ist aber kein Kubernetes-API-Server: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Clusters konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer was too large: %1</source>
        <translation>Die Antwort des Clusters war zu groß: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>no TLS on this port (is the address http:// rather than https://?): %1</source>
        <translation>kein TLS auf diesem Port (lautet die Adresse http:// statt https://?): %1</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiRequest</name>
    <message>
        <source>it answered %1 with %2 instead of JSON</source>
        <translation>er antwortete auf %1 mit %2 statt JSON</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message numerus="yes">
        <source>the connection ended after %n byte(s) of the answer: %1</source>
        <translation>
            <numerusform>die Verbindung endete nach %n Byte der Antwort: %1</numerusform>
            <numerusform>die Verbindung endete nach %n Bytes der Antwort: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ClusterConnection</name>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Not a Kubernetes API</source>
        <translation>Keine Kubernetes-API</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird aufgebaut</translation>
    </message>
    <message>
        <source>Loading with the new token</source>
        <translation>Wird mit dem neuen Token geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>/version did not describe a Kubernetes version</source>
        <translation>/version beschrieb keine Kubernetes-Version</translation>
    </message>
    <message>
        <source>Loading nodes, pods and events</source>
        <translation>Knoten, Pods und Ereignisse werden geladen</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2 Reconnecting.</source>
        <translation>Verbindung zu %1 verloren: %2 Neuer Verbindungsaufbau.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Verbunden mit %1 (%2)</translation>
    </message>
</context>
<context>
    <name>maestro::kube::InformerBase</name>
    <message>
        <source>the answer to a list of %1 has no items</source>
        <translation>die Antwort auf eine Liste von %1 enthält keine items</translation>
    </message>
    <message>
        <source>the watch ended at once without an event</source>
        <translation>der Watch endete sofort ohne ein Ereignis</translation>
    </message>
</context>
<context>
    <name>maestro::kube::MetricsPoller</name>
    <message>
        <source>Waiting for the first measurement</source>
        <translation>Warten auf die erste Messung</translation>
    </message>
    <message>
        <source>Measured by metrics-server</source>
        <translation>Gemessen von metrics-server</translation>
    </message>
    <message>
        <source>metrics-server not installed: no CPU or memory figures</source>
        <translation>metrics-server nicht installiert: keine CPU- oder Speicherwerte</translation>
    </message>
    <message>
        <source>Metrics unavailable: %1</source>
        <translation>Metriken nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>NodeMetricsList could not be read</source>
        <translation>NodeMetricsList konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>maestro::kube::WatchStream</name>
    <message>
        <source>no event or bookmark for %1 s</source>
        <translation>kein Ereignis und kein Bookmark seit %1 s</translation>
    </message>
    <message>
        <source>a watch event over %1</source>
        <translation>ein Watch-Ereignis über %1</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::CordonOperation</name>
    <message>
        <source>Cordoning %1</source>
        <translation>%1 wird gesperrt</translation>
    </message>
    <message>
        <source>Uncordoning %1</source>
        <translation>Sperre von %1 wird aufgehoben</translation>
    </message>
    <message>
        <source>No server was chosen.</source>
        <translation>Es wurde kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) cordoned: no new pods are scheduled there</source>
        <translation>
            <numerusform>%n Server gesperrt: Dort werden keine neuen Pods eingeplant</numerusform>
            <numerusform>%n Server gesperrt: Dort werden keine neuen Pods eingeplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) uncordoned: pods can be scheduled there again</source>
        <translation>
            <numerusform>Sperre von %n Server aufgehoben: Dort können wieder Pods eingeplant werden</numerusform>
            <numerusform>Sperre von %n Servern aufgehoben: Dort können wieder Pods eingeplant werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was accepted but the servers do not show it yet.</source>
        <translation>Die Änderung wurde angenommen, aber die Server zeigen sie noch nicht an.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainOperation</name>
    <message numerus="yes">
        <source>The drain of %1 did not finish within %n second(s); the server stays cordoned. Still there: %2</source>
        <translation>
            <numerusform>Das Leeren von %1 wurde nicht innerhalb von %n Sekunde abgeschlossen; der Server bleibt gesperrt. Noch vorhanden: %2</numerusform>
            <numerusform>Das Leeren von %1 wurde nicht innerhalb von %n Sekunden abgeschlossen; der Server bleibt gesperrt. Noch vorhanden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>%1 wird geleert</translation>
    </message>
    <message>
        <source>Checking the pods on %1</source>
        <translation>Die Pods auf %1 werden geprüft</translation>
    </message>
    <message>
        <source>%1 was not drained: %2</source>
        <translation>%1 wurde nicht geleert: %2</translation>
    </message>
    <message>
        <source>Cordoning %1</source>
        <translation>%1 wird gesperrt</translation>
    </message>
    <message>
        <source>Could not cordon %1: %2</source>
        <translation>%1 konnte nicht gesperrt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Evicting %n pod(s) from %1</source>
        <translation>
            <numerusform>%n Pod wird von %1 geräumt</numerusform>
            <numerusform>%n Pods werden von %1 geräumt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for its disruption budget: %2</source>
        <translation>%1 wartet auf sein Disruption Budget: %2</translation>
    </message>
    <message>
        <source>Could not evict %1: %2; %3 stays cordoned.</source>
        <translation>%1 konnte nicht geräumt werden: %2; %3 bleibt gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s) moved off %2</source>
        <translation>
            <numerusform>%1 von %n Pod von %2 verlagert</numerusform>
            <numerusform>%1 von %n Pods von %2 verlagert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drained: %n pod(s) evicted; it stays cordoned</source>
        <translation>
            <numerusform>%1 geleert: %n Pod geräumt; der Server bleibt gesperrt</numerusform>
            <numerusform>%1 geleert: %n Pods geräumt; der Server bleibt gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not drained: %2
This was found once the server was cordoned; %1 stays cordoned, so no new pods are scheduled on it. Uncordon it to undo that.</source>
        <translation>%1 wurde nicht geleert: %2
Das zeigte sich erst, als der Server schon gesperrt war; %1 bleibt gesperrt, es werden also keine neuen Pods darauf eingeplant. Entsperren Sie ihn, um das rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainPlan</name>
    <message numerus="yes">
        <source>%n pod(s) keep data in local storage (emptyDir) that is lost when they move: %1. Allow deleting local data to go ahead.</source>
        <translation>
            <numerusform>%n Pod hält Daten im lokalen Speicher (emptyDir), die beim Verlagern verloren gehen: %1. Erlauben Sie das Löschen lokaler Daten, um fortzufahren.</numerusform>
            <numerusform>%n Pods halten Daten im lokalen Speicher (emptyDir), die beim Verlagern verloren gehen: %1. Erlauben Sie das Löschen lokaler Daten, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) have no controller and would not be re-created anywhere: %1. Allow deleting them to go ahead.</source>
        <translation>
            <numerusform>%n Pod hat keinen Controller und würde nirgends neu erstellt: %1. Erlauben Sie das Löschen, um fortzufahren.</numerusform>
            <numerusform>%n Pods haben keinen Controller und würden nirgends neu erstellt: %1. Erlauben Sie das Löschen, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) are covered by more than one disruption budget, which the eviction API refuses: %1.</source>
        <translation>
            <numerusform>%n Pod fällt unter mehr als ein Disruption Budget, was die Eviction-API ablehnt: %1.</numerusform>
            <numerusform>%n Pods fallen unter mehr als ein Disruption Budget, was die Eviction-API ablehnt: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainPlanLoader</name>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>Die Verbindung zum Cluster besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Could not list the pods on %1: %2</source>
        <translation>Die Pods auf %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::LifecycleGuards</name>
    <message>
        <source>No server was chosen.</source>
        <translation>Es wurde kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is not a server of this cluster.</source>
        <translation>%1 ist kein Server dieses Clusters.</translation>
    </message>
    <message>
        <source>%1 has no Cluster API machine (or it is already being removed), so the app cannot remove it.</source>
        <translation>%1 hat keine Cluster-API-Machine (oder sie wird bereits entfernt), daher kann die App den Server nicht entfernen.</translation>
    </message>
    <message>
        <source>%1 belongs to no MachineDeployment.</source>
        <translation>%1 gehört zu keinem MachineDeployment.</translation>
    </message>
    <message>
        <source>%1 is the last server that can run application pods: removing it would leave the application nowhere to run. Add a worker first.</source>
        <translation>%1 ist der letzte Server, der Anwendungs-Pods ausführen kann: Ohne ihn könnte die Anwendung nirgends mehr laufen. Fügen Sie zuerst einen Worker hinzu.</translation>
    </message>
    <message>
        <source>These are the last servers that can run application pods: removing them would leave the application nowhere to run. Add a worker first.</source>
        <translation>Dies sind die letzten Server, die Anwendungs-Pods ausführen können: Ohne sie könnte die Anwendung nirgends mehr laufen. Fügen Sie zuerst einen Worker hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would leave no master: the cluster would stop.</source>
        <translation>
            <numerusform>Das Entfernen von %n Master ließe keinen Master übrig: Der Cluster würde stillstehen.</numerusform>
            <numerusform>Das Entfernen von %n Mastern ließe keinen Master übrig: Der Cluster würde stillstehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would leave %1 masters, an even number: etcd gains no safety from it and the control plane refuses it. Remove masters in pairs, so that an odd number remains.</source>
        <translation>
            <numerusform>Das Entfernen von %n Master ließe %1 Master übrig, eine gerade Zahl: etcd gewinnt dadurch keine Sicherheit, und die Control Plane lehnt es ab. Entfernen Sie Master paarweise, damit eine ungerade Anzahl übrig bleibt.</numerusform>
            <numerusform>Das Entfernen von %n Mastern ließe %1 Master übrig, eine gerade Zahl: etcd gewinnt dadurch keine Sicherheit, und die Control Plane lehnt es ab. Entfernen Sie Master paarweise, damit eine ungerade Anzahl übrig bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would break etcd&apos;s quorum: of the %1 masters that would remain, only %2 are healthy, and etcd needs %3 for a majority. Wait until the masters are Ready and etcd is healthy.</source>
        <translation>
            <numerusform>Das Entfernen von %n Master würde das Quorum von etcd brechen: Von den %1 verbleibenden Mastern sind nur %2 in Ordnung, und etcd braucht %3 für eine Mehrheit. Warten Sie, bis die Master bereit sind und etcd in Ordnung ist.</numerusform>
            <numerusform>Das Entfernen von %n Mastern würde das Quorum von etcd brechen: Von den %1 verbleibenden Mastern sind nur %2 in Ordnung, und etcd braucht %3 für eine Mehrheit. Warten Sie, bis die Master bereit sind und etcd in Ordnung ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::LifecycleOperation</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>Die Verbindung zum Cluster besteht nicht mehr.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::RemoveServerOperation</name>
    <message numerus="yes">
        <source>The servers were not removed within %n minute(s).</source>
        <translation>
            <numerusform>Die Server wurden nicht innerhalb von %n Minute entfernt.</numerusform>
            <numerusform>Die Server wurden nicht innerhalb von %n Minuten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Marking %n machine(s) for removal</source>
        <translation>
            <numerusform>%n Machine wird zum Entfernen markiert</numerusform>
            <numerusform>%n Machines werden zum Entfernen markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>%1 wird geleert</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Es wurde nichts entfernt: %1</translation>
    </message>
    <message>
        <source>Could not mark machine %1 for removal: %2</source>
        <translation>Machine %1 konnte nicht zum Entfernen markiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n server(s) to go</source>
        <translation>
            <numerusform>Warten, bis %n Server entfernt ist</numerusform>
            <numerusform>Warten, bis %n Server entfernt sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling %1 %2 down by %3</source>
        <translation>%1 %2 wird um %3 herunterskaliert</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) removed: %1</source>
        <translation>
            <numerusform>%n Server entfernt: %1</numerusform>
            <numerusform>%n Server entfernt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::ReplaceMastersFlow</name>
    <message numerus="yes">
        <source>Step %1 did not finish within %n minute(s): %2. Nothing more was changed; the flow can be resumed.</source>
        <translation>
            <numerusform>Schritt %1 wurde nicht innerhalb von %n Minute abgeschlossen: %2. Es wurde nichts weiter geändert; der Ablauf kann fortgesetzt werden.</numerusform>
            <numerusform>Schritt %1 wurde nicht innerhalb von %n Minuten abgeschlossen: %2. Es wurde nichts weiter geändert; der Ablauf kann fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing the masters with %1</source>
        <translation>Die Master werden durch %1 ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>Switch the masters to %1 and ask for %n master(s)</source>
        <translation>
            <numerusform>Die Master auf %1 umstellen und %n Master anfordern</numerusform>
            <numerusform>Die Master auf %1 umstellen und %n Master anfordern</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the new masters are Ready and etcd is healthy</source>
        <translation>Warten, bis die neuen Master bereit sind und etcd in Ordnung ist</translation>
    </message>
    <message>
        <source>Replace the old master %1 and wait for etcd</source>
        <translation>Den alten Master %1 ersetzen und auf etcd warten</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>Die Verbindung zum Cluster besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The cluster has no KubeadmControlPlane: its masters are not managed by Cluster API.</source>
        <translation>Der Cluster hat keine KubeadmControlPlane: Seine Master werden nicht von Cluster API verwaltet.</translation>
    </message>
    <message>
        <source>The cluster offers no machine template of size %1.</source>
        <translation>Der Cluster bietet kein Machine-Template der Größe %1 an.</translation>
    </message>
    <message>
        <source>Every master is already of size %1.</source>
        <translation>Alle Master haben bereits die Größe %1.</translation>
    </message>
    <message numerus="yes">
        <source>The masters were replaced: %n master(s) of size %1, etcd healthy.</source>
        <translation>
            <numerusform>Die Master wurden ersetzt: %n Master der Größe %1, etcd in Ordnung.</numerusform>
            <numerusform>Die Master wurden ersetzt: %n Master der Größe %1, etcd in Ordnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the control plane: %1</source>
        <translation>Die Control Plane konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The control plane could not be read.</source>
        <translation>Die Control Plane konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The control plane keeps changing under the flow; nothing was applied.</source>
        <translation>Die Control Plane ändert sich während des Ablaufs ständig; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>The control plane refused the new size: %1</source>
        <translation>Die Control Plane hat die neue Größe abgelehnt: %1</translation>
    </message>
    <message>
        <source>the control plane is not visible</source>
        <translation>die Control Plane ist nicht sichtbar</translation>
    </message>
    <message>
        <source>%1 of %2 masters Ready and healthy</source>
        <translation>%1 von %2 Mastern bereit und in Ordnung</translation>
    </message>
    <message>
        <source>; etcd is not healthy yet</source>
        <translation>; etcd ist noch nicht in Ordnung</translation>
    </message>
    <message>
        <source>Waiting for the new masters: %1</source>
        <translation>Warten auf die neuen Master: %1</translation>
    </message>
    <message>
        <source>Waiting before replacing %1: %2</source>
        <translation>Warten vor dem Ersetzen von %1: %2</translation>
    </message>
    <message>
        <source>%1 is being removed; %2</source>
        <translation>%1 wird entfernt; %2</translation>
    </message>
    <message>
        <source>%1 removed; waiting for its replacement: %2</source>
        <translation>%1 entfernt; Warten auf den Ersatz: %2</translation>
    </message>
    <message>
        <source>Could not remove the old master %1: %2</source>
        <translation>Der alte Master %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>the control plane does not show the new size yet</source>
        <translation>die Control Plane zeigt die neue Größe noch nicht</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::ScaleChange</name>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>Die Verbindung zum Cluster besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the number of servers of %1 %2: %3</source>
        <translation>Die Anzahl der Server von %1 %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 %2 has no replica count.</source>
        <translation>%1 %2 hat keine Replikaanzahl.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else: it now asks for %3 (it was %4). Nothing was applied.</source>
        <translation>%1 %2 wurde von jemand anderem geändert: Es verlangt jetzt %3 (vorher %4). Es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>The cluster refused to change %1 %2: %3</source>
        <translation>Der Cluster hat die Änderung von %1 %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Could not find out whether %1 %2 was changed: %3 Check it before trying again.</source>
        <translation>Es ließ sich nicht feststellen, ob %1 %2 geändert wurde: %3 Prüfen Sie es, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 %2 still asks for %3 after %4 attempts to change it. Nothing was applied.</source>
        <translation>%1 %2 verlangt nach %4 Versuchen, es zu ändern, noch immer %3. Es wurde nichts angewendet.</translation>
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
        <translation>Wählen Sie, wie viele Server hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>At most 100 servers can be added at once.</source>
        <translation>Es können höchstens 100 Server auf einmal hinzugefügt werden.</translation>
    </message>
    <message>
        <source>This cluster does not offer Cluster API (cluster.x-k8s.io): servers cannot be added from here.</source>
        <translation>Dieser Cluster bietet keine Cluster API (cluster.x-k8s.io): Server können von hier aus nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The cluster offers no server size &quot;%1&quot;.</source>
        <translation>Der Cluster bietet keine Servergröße „%1“ an.</translation>
    </message>
    <message>
        <source>This cluster&apos;s control plane is not managed by a KubeadmControlPlane: masters cannot be added from here.</source>
        <translation>Die Control Plane dieses Clusters wird nicht von einer KubeadmControlPlane verwaltet: Master können von hier aus nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>All masters share one machine template: new masters are %1 like the existing ones. A larger size means replacing the masters.</source>
        <translation>Alle Master teilen sich ein Machine-Template: Neue Master sind wie die vorhandenen %1. Eine größere Größe heißt, die Master zu ersetzen.</translation>
    </message>
    <message>
        <source>%1 masters is an even number: etcd needs a majority, so %1 masters survive no more failures than %2.</source>
        <extracomment>%1 is an even number of masters; the sentence explains etcd quorum</extracomment>
        <translation>%1 Master sind eine gerade Zahl: etcd braucht eine Mehrheit, daher überstehen %1 Master nicht mehr Ausfälle als %2.</translation>
    </message>
    <message>
        <source>Add %1 or %2.</source>
        <translation>Fügen Sie %1 oder %2 hinzu.</translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation>Fügen Sie %1 hinzu.</translation>
    </message>
    <message>
        <source>No Cluster API cluster was found to add workers to.</source>
        <translation>Es wurde kein Cluster-API-Cluster gefunden, dem Worker hinzugefügt werden können.</translation>
    </message>
</context>
<context>
    <name>maestro::scaling::ScaleUpOperation</name>
    <message>
        <source>, node Ready</source>
        <translation>, Knoten bereit</translation>
    </message>
    <message numerus="yes">
        <source>The new servers were not ready after %n minute(s). %1</source>
        <translation>
            <numerusform>Die neuen Server waren nach %n Minute nicht bereit. %1</numerusform>
            <numerusform>Die neuen Server waren nach %n Minuten nicht bereit. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>Die Verbindung zum Cluster besteht nicht mehr.</translation>
    </message>
    <message>
        <source>Submitting the request</source>
        <translation>Anfrage wird gesendet</translation>
    </message>
    <message>
        <source>Could not read the current number of servers: %1</source>
        <translation>Die aktuelle Anzahl der Server konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s Scale object has no replica count.</source>
        <translation>Das Scale-Objekt des Clusters hat keine Replikaanzahl.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else while adding servers: it now asks for %3 (it was %4). Nothing was applied; check the cluster and try again.</source>
        <translation>%1&#xa0;%2 wurde während des Hinzufügens von jemand anderem geändert: Es verlangt jetzt %3 (vorher %4). Es wurde nichts angewendet; prüfen Sie den Cluster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The cluster refused to add servers: %1</source>
        <translation>Der Cluster hat das Hinzufügen von Servern abgelehnt: %1</translation>
    </message>
    <message>
        <source>The cluster refused the new MachineDeployment: %1</source>
        <translation>Der Cluster hat das neue MachineDeployment abgelehnt: %1</translation>
    </message>
    <message>
        <source>A MachineDeployment named %1 already exists; nothing was changed.</source>
        <translation>Ein MachineDeployment namens %1 existiert bereits; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Provisioning %n server(s)</source>
        <translation>
            <numerusform>%n Server wird bereitgestellt</numerusform>
            <numerusform>%n Server werden bereitgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1 failed: %2</source>
        <translation>Server %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation>
            <numerusform>%1 von %n Server bereit</numerusform>
            <numerusform>%1 von %n Servern bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added and ready</source>
        <translation>
            <numerusform>%n Server hinzugefügt und bereit</numerusform>
            <numerusform>%n Server hinzugefügt und bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out whether the servers were added: %1 Check %2 %3 before trying again.</source>
        <translation>Es ließ sich nicht feststellen, ob die Server hinzugefügt wurden: %1 Prüfen Sie %2 %3, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Could not find out whether MachineDeployment %1 was created: %2 Check the cluster before trying again.</source>
        <translation>Es ließ sich nicht feststellen, ob MachineDeployment %1 erstellt wurde: %2 Prüfen Sie den Cluster, bevor Sie es erneut versuchen.</translation>
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
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>About Maestro Desktop</source>
        <translation>Über Maestro Desktop</translation>
    </message>
    <message>
        <source>Desktop administration of Kubernetes clusters.</source>
        <translation>Desktop-Verwaltung von Kubernetes-Clustern.</translation>
    </message>
    <message>
        <source>Free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with NO WARRANTY.</source>
        <translation>Freie Software: Sie dürfen sie unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
</context>
<context>
    <name>maestro::ui::AdvisorPanel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The advisor checks the cluster once its servers, pods and events are loaded.</source>
        <translation>Der Berater prüft den Cluster, sobald dessen Server, Pods und Ereignisse geladen sind.</translation>
    </message>
    <message>
        <source>No findings: the control plane is highly available and the workers have headroom.</source>
        <translation>Keine Befunde: Die Control Plane ist hochverfügbar und die Worker haben Reserven.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), worst first.</source>
        <translation>
            <numerusform>%n Befund, der schwerste zuerst.</numerusform>
            <numerusform>%n Befunde, die schwersten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the guided replacement of the masters: new masters of the larger size first, then the old ones one at a time.</source>
        <translation>Öffnet den geführten Austausch der Master: zuerst neue Master der größeren Größe, dann die alten einzeln nacheinander.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ApplicationPage</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>ContainerCreating</source>
        <translation>Container wird erstellt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Application navigation</source>
        <translation>Anwendungsnavigation</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>CPU-Request</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>The type of a Kubernetes event: Warning or Normal</extracomment>
        <translation>Warnung</translation>
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
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Servers not added</source>
        <translation>Server nicht hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s)</source>
        <translation>
            <numerusform>%n Master</numerusform>
            <numerusform>%n Master</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding %1 (%2): %3</source>
        <translation>%1 wird hinzugefügt (%2): %3</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation>Hinzufügen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
</context>
<context>
    <name>maestro::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Befehle suchen</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>maestro::ui::Commands</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>maestro::ui::DashboardPage</name>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Every cluster of your kubeconfig, and a simulated demo cluster. Open one with Enter or a double click.</source>
        <translation>Jeder Cluster Ihrer kubeconfig und ein simulierter Demo-Cluster. Öffnen Sie einen mit der Eingabetaste oder einem Doppelklick.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not ready, %2 under pressure</source>
        <translation>nicht bereit: %1, unter Druck: %2</translation>
    </message>
    <message>
        <source>all servers healthy</source>
        <translation>alle Server in Ordnung</translation>
    </message>
</context>
<context>
    <name>maestro::ui::DrainDialog</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Evicting</source>
        <translation>Wird geräumt</translation>
    </message>
    <message>
        <source>Waiting for its disruption budget</source>
        <translation>Wartet auf sein Disruption Budget</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verlagert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Draining first marks %n server(s) unschedulable (cordon), so that no new pods start there. Then every pod is asked to move through the Eviction API, which respects disruption budgets: a pod whose budget allows no disruption now is asked again until it may go. DaemonSet and static pods stay. The servers stay cordoned afterwards, also when you stop the drain.</source>
        <translation>
            <numerusform>Beim Leeren wird %n Server zuerst als nicht einplanbar markiert (gesperrt), damit dort keine neuen Pods starten. Dann wird jeder Pod über die Eviction-API, die Disruption Budgets beachtet, zum Verlagern aufgefordert: Ein Pod, dessen Budget gerade keine Unterbrechung erlaubt, wird erneut aufgefordert, bis er gehen darf. DaemonSet- und statische Pods bleiben. Der Server bleibt danach gesperrt, auch wenn Sie das Leeren anhalten.</numerusform>
            <numerusform>Beim Leeren werden %n Server zuerst als nicht einplanbar markiert (gesperrt), damit dort keine neuen Pods starten. Dann wird jeder Pod über die Eviction-API, die Disruption Budgets beachtet, zum Verlagern aufgefordert: Ein Pod, dessen Budget gerade keine Unterbrechung erlaubt, wird erneut aufgefordert, bis er gehen darf. DaemonSet- und statische Pods bleiben. Die Server bleiben danach gesperrt, auch wenn Sie das Leeren anhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing drains %n server(s) first (see below), then marks each machine for deletion and lowers its group&apos;s server count by one, so that Cluster API deletes exactly these machines. Their cloud servers are released.</source>
        <translation>
            <numerusform>Beim Entfernen wird %n Server zuerst geleert (siehe unten), dann wird jede Machine zum Löschen markiert und die Serveranzahl ihrer Gruppe um eins gesenkt, sodass Cluster API genau diese Machines löscht. Ihre Cloud-Server werden freigegeben.</numerusform>
            <numerusform>Beim Entfernen werden %n Server zuerst geleert (siehe unten), dann wird jede Machine zum Löschen markiert und die Serveranzahl ihrer Gruppe um eins gesenkt, sodass Cluster API genau diese Machines löscht. Ihre Cloud-Server werden freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Delete local data: pods with emptyDir volumes lose it</source>
        <translation>Lokale Daten löschen: Pods mit emptyDir-Volumes verlieren sie</translation>
    </message>
    <message>
        <source>Delete pods without a controller: nothing re-creates them</source>
        <translation>Pods ohne Controller löschen: Nichts erstellt sie neu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Aufgeben nach</translation>
    </message>
    <message>
        <source>Reading the pods on the server…</source>
        <translation>Die Pods auf dem Server werden gelesen…</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>local storage (emptyDir)</source>
        <translation>lokaler Speicher (emptyDir)</translation>
    </message>
    <message>
        <source>no controller</source>
        <translation>kein Controller</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>allows no disruption now (%1 of %2 healthy needed): the drain waits</source>
        <translation>erlaubt gerade keine Unterbrechung (%1 von %2 in Ordnung nötig): Das Leeren wartet</translation>
    </message>
    <message>
        <source>DaemonSet pod</source>
        <translation>DaemonSet-Pod</translation>
    </message>
    <message>
        <source>static pod</source>
        <translation>statischer Pod</translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation>Wird verlagert (%1)</translation>
    </message>
    <message>
        <source>Blocks or waits (%1)</source>
        <translation>Blockiert oder wartet (%1)</translation>
    </message>
    <message>
        <source>Stays on the server (%1)</source>
        <translation>Bleibt auf dem Server (%1)</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop evicting; the servers stay cordoned</source>
        <translation>Räumen anhalten; die Server bleiben gesperrt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>maestro::ui::LifecycleActions</name>
    <message numerus="yes">
        <source>Cordon %n server(s)</source>
        <translation>
            <numerusform>%n Server sperren</numerusform>
            <numerusform>%n Server sperren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n server(s)</source>
        <translation>
            <numerusform>Sperre von %n Server aufheben</numerusform>
            <numerusform>Sperre von %n Servern aufheben</numerusform>
        </translation>
    </message>
    <message>
        <source>No new pods will be scheduled on %1. Pods already running there keep running. You can uncordon at any time.</source>
        <translation>Auf %1 werden keine neuen Pods eingeplant. Dort bereits laufende Pods laufen weiter. Sie können die Sperre jederzeit aufheben.</translation>
    </message>
    <message>
        <source>New pods may be scheduled on %1 again.</source>
        <translation>Auf %1 können wieder neue Pods eingeplant werden.</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A replacement of the masters was interrupted; Resume continues it.</source>
        <translation>Ein Austausch der Master wurde unterbrochen; „Fortsetzen“ setzt ihn fort.</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Warning: TLS verification is off</source>
        <translation>Warnung: TLS-Prüfung ist ausgeschaltet</translation>
    </message>
    <message>
        <source>TLS verification is off for this cluster: its kubeconfig says insecure-skip-tls-verify. Anyone between you and the cluster can read and change what you see and do.</source>
        <translation>Die TLS-Prüfung ist für diesen Cluster ausgeschaltet: Seine kubeconfig enthält insecure-skip-tls-verify. Jeder zwischen Ihnen und dem Cluster kann mitlesen und verändern, was Sie sehen und tun.</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt neu versuchen</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>Jetzt erneut verbinden</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Aktualität der Daten</translation>
    </message>
    <message>
        <source>Cluster and server</source>
        <translation>Cluster und Server</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>API latency</source>
        <translation>API-Latenz</translation>
    </message>
    <message>
        <source>Cannot open the cluster</source>
        <translation>Der Cluster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Dashboard › %1 › Application › %2</source>
        <translation>Dashboard › %1 › Anwendung › %2</translation>
    </message>
    <message>
        <source>%1 — %2 — Maestro Desktop</source>
        <translation>%1 — %2 — Maestro Desktop</translation>
    </message>
    <message>
        <source>Loading %1: %2 servers, %3 pods, %4 events so far</source>
        <translation>%1 wird geladen: bisher %2 Server, %3 Pods, %4 Ereignisse</translation>
    </message>
    <message>
        <source>Enter a token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) in the kubeconfig</source>
        <translation>
            <numerusform>%n Cluster in der kubeconfig</numerusform>
            <numerusform>%n Cluster in der kubeconfig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>Stale: the live updates are down</source>
        <translation>Veraltet: Die Live-Aktualisierungen sind unterbrochen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Switch Cluster…</source>
        <translation>Cluster &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>Liste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Scale &amp;Up…</source>
        <translation>&amp;Hochskalieren…</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>Jetzt neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Verlauf als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Using the App</source>
        <translation>&amp;Verwendung der App</translation>
    </message>
    <message>
        <source>A &amp;Report Without a Window</source>
        <translation>Ein &amp;Bericht ohne Fenster</translation>
    </message>
    <message>
        <source>The &amp;Simulated Cluster with kubectl</source>
        <translation>Der &amp;simulierte Cluster mit kubectl</translation>
    </message>
    <message>
        <source>The README is not installed on this computer.</source>
        <translation>Die README ist auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <source>&amp;About Maestro Desktop</source>
        <translation>&amp;Über Maestro Desktop</translation>
    </message>
    <message>
        <source>Type a command or a page, for example &quot;scale up&quot;</source>
        <translation>Geben Sie einen Befehl oder eine Seite ein, zum Beispiel „Hochskalieren“</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>Switch to a cluster</source>
        <translation>Zu einem Cluster wechseln</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>The README could not be opened.</source>
        <translation>Die README konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Loading the cluster</source>
        <translation>Der Cluster wird geladen</translation>
    </message>
    <message>
        <source>Adding servers</source>
        <translation>Server werden hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s)</source>
        <translation>
            <numerusform>%n Master</numerusform>
            <numerusform>%n Master</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>Servers added</source>
        <translation>Server hinzugefügt</translation>
    </message>
    <message>
        <source>Servers not added</source>
        <translation>Server nicht hinzugefügt</translation>
    </message>
    <message>
        <source>%1 (%2) ready.</source>
        <translation>%1 (%2) bereit.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <extracomment>a machine&apos;s name, its Cluster API phase, and the node&apos;s state</extracomment>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>, node Ready</source>
        <translation>, Knoten bereit</translation>
    </message>
    <message>
        <source>, node %1 joining</source>
        <translation>, Knoten %1 tritt bei</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n server(s): %1 ready</source>
        <translation>
            <numerusform>%n Server wird hinzugefügt: %1 bereit</numerusform>
            <numerusform>%n Server werden hinzugefügt: %1 bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>API p50 %L1 ms · p99 %L2 ms</source>
        <translation>API p50 %L1 ms · p99 %L2 ms</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the export; a file that was there before stays as it was</source>
        <translation>Export abbrechen; eine bereits vorhandene Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <source>%1 of %2 series to %3</source>
        <extracomment>the CSV export: series written of all, then the file name</extracomment>
        <translation>%1 von %2 Reihen nach %3</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export of %1 cancelled</source>
        <translation>Export von %1 abgebrochen</translation>
    </message>
    <message>
        <source>%L1 of %L2 lists</source>
        <extracomment>the first load of a cluster: lists loaded of all, then the objects so far</extracomment>
        <translation>%L1 von %L2 Listen</translation>
    </message>
    <message>
        <source>%L1 servers, %L2 pods, %L3 events so far</source>
        <translation>bisher %L1 Server, %L2 Pods, %L3 Ereignisse</translation>
    </message>
</context>
<context>
    <name>maestro::ui::NodeDetailsWidget</name>
    <message>
        <source>Server details</source>
        <translation>Serverdetails</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Wählen Sie einen Server aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Machine phase: %1. Its node appears here once it registers with the cluster.</source>
        <translation>Phase der Machine: %1. Ihr Knoten erscheint hier, sobald er sich beim Cluster registriert.</translation>
    </message>
    <message>
        <source>The server %1 is gone.</source>
        <translation>Der Server %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Taints</source>
        <translation>Taints</translation>
    </message>
    <message>
        <source>none (application pods may run here)</source>
        <translation>keine (Anwendungs-Pods können hier laufen)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>allocatable</source>
        <translation>zuteilbar</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation>Pods (%1)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Letzte Ereignisse</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>SchedulingDisabled: no new pods start here (cordoned).</source>
        <translation>Scheduling deaktiviert: Hier starten keine neuen Pods (gesperrt).</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>%1 dedicated, %2 shared</source>
        <translation>dediziert: %1, geteilt: %2</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Servers not ready</source>
        <translation>Nicht bereite Server</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>%1 running, %2 pending, %3 in all</source>
        <translation>%1 laufend, %2 ausstehend, %3 insgesamt</translation>
    </message>
    <message>
        <source>Warning events</source>
        <translation>Warnereignisse</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>API latency (5 min)</source>
        <translation>API-Latenz (5 min)</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>noch keine Anfragen</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when Maestro Desktop restarts.</source>
        <translation>Eine neue Sprache wird nach dem Neustart von Maestro Desktop wirksam.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>a number of seconds follows, as in &quot;15 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>CPU and memory use every:</source>
        <translation>CPU- und Speichernutzung alle:</translation>
    </message>
    <message>
        <source>etcd&apos;s slow-request log every:</source>
        <translation>Protokoll langsamer etcd-Anfragen alle:</translation>
    </message>
    <message>
        <source>Servers, pods and events are watched: their changes arrive as they happen.</source>
        <translation>Server, Pods und Ereignisse werden beobachtet: Ihre Änderungen kommen an, sobald sie geschehen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep history for:</source>
        <translation>Verlauf aufbewahren für:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>At most, per cluster:</source>
        <translation>Höchstens, pro Cluster:</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Workers are short above:</source>
        <translation>Worker sind knapp oberhalb von:</translation>
    </message>
    <message>
        <source>Critically short above:</source>
        <translation>Kritisch knapp oberhalb von:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>API slow when its p99 exceeds:</source>
        <translation>API langsam, wenn ihr p99 übersteigt:</translation>
    </message>
    <message>
        <source>Pods waiting for a server longer than:</source>
        <translation>Pods warten auf einen Server länger als:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Desktop notifications for critical findings and finished operations</source>
        <translation>Desktop-Benachrichtigungen bei kritischen Befunden und abgeschlossenen Vorgängen</translation>
    </message>
    <message>
        <source>This desktop offers no notification area: notifications stay in the window.</source>
        <translation>Dieser Desktop bietet keinen Benachrichtigungsbereich: Benachrichtigungen bleiben im Fenster.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ReplaceMastersDialog</name>
    <message>
        <source>Replace the masters</source>
        <translation>Die Master ersetzen</translation>
    </message>
    <message>
        <source>A replacement of the masters with %1 was interrupted. It continues where it stopped; steps already done are checked, not repeated.</source>
        <translation>Ein Austausch der Master durch %1 wurde unterbrochen. Er wird dort fortgesetzt, wo er angehalten hat; bereits erledigte Schritte werden geprüft, nicht wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>The masters are replaced by %n master(s) of size %1. New masters of that size join first; once they are Ready and etcd is healthy, the old masters go one at a time, each replaced by a new one, so that etcd keeps its majority throughout. The cluster stays available; it takes several minutes per master.</source>
        <translation>
            <numerusform>Die Master werden durch %n Master der Größe %1 ersetzt. Zuerst treten neue Master dieser Größe bei; sobald sie bereit sind und etcd in Ordnung ist, werden die alten Master einzeln entfernt und jeweils durch einen neuen ersetzt, damit etcd durchgehend seine Mehrheit behält. Der Cluster bleibt verfügbar; es dauert mehrere Minuten pro Master.</numerusform>
            <numerusform>Die Master werden durch %n Master der Größe %1 ersetzt. Zuerst treten neue Master dieser Größe bei; sobald sie bereit sind und etcd in Ordnung ist, werden die alten Master einzeln entfernt und jeweils durch einen neuen ersetzt, damit etcd durchgehend seine Mehrheit behält. Der Cluster bleibt verfügbar; es dauert mehrere Minuten pro Master.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Replace masters</source>
        <translation>Master ersetzen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a step of the master replacement and its state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop after the current request; the flow can be resumed later</source>
        <translation>Nach der aktuellen Anfrage anhalten; der Ablauf kann später fortgesetzt werden</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ResourceTablePage</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ScaleUpWizard</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What the new servers will do.</source>
        <translation>Was die neuen Server tun werden.</translation>
    </message>
    <message>
        <source>Server size</source>
        <translation>Servergröße</translation>
    </message>
    <message>
        <source>The sizes this cluster offers.</source>
        <translation>Die Größen, die dieser Cluster anbietet.</translation>
    </message>
    <message>
        <source>— not recommended for Kubernetes</source>
        <translation>— für Kubernetes nicht empfohlen</translation>
    </message>
    <message>
        <source>All masters share one machine template, so new masters have the masters&apos; current size (%1). A larger size means replacing the masters.</source>
        <translation>Alle Master teilen sich ein Machine-Template, daher haben neue Master die aktuelle Größe der Master (%1). Eine größere Größe heißt, die Master zu ersetzen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Sizes under 2 vCPU or 2 GiB are not recommended: Kubernetes itself needs that much.</source>
        <translation>Größen unter 2 vCPU oder 2 GiB werden nicht empfohlen: So viel braucht Kubernetes selbst.</translation>
    </message>
    <message>
        <source>This cluster offers no server sizes (no Cluster API machine templates were found).</source>
        <translation>Dieser Cluster bietet keine Servergrößen an (es wurden keine Cluster-API-Machine-Templates gefunden).</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>How many servers to add.</source>
        <translation>Wie viele Server hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) in all: </source>
        <translation>
            <numerusform>%n Master insgesamt: </numerusform>
            <numerusform>%n Master insgesamt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cluster survives %n master failure(s).</source>
        <translation>
            <numerusform>Der Cluster übersteht den Ausfall von %n Master.</numerusform>
            <numerusform>Der Cluster übersteht den Ausfall von %n Mastern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) of this size will be added.</source>
        <translation>
            <numerusform>%n Worker dieser Größe wird hinzugefügt.</numerusform>
            <numerusform>%n Worker dieser Größe werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Add Server.</source>
        <translation>Nichts wird geändert, bevor Sie „Server hinzufügen“ drücken.</translation>
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
        <translation>Größe</translation>
    </message>
    <message>
        <source>Through</source>
        <extracomment>Review row: the Cluster API object through which the servers are added</extracomment>
        <translation>Über</translation>
    </message>
    <message>
        <source>a new MachineDeployment %1</source>
        <translation>ein neues MachineDeployment %1</translation>
    </message>
    <message>
        <source>Projected utilisation</source>
        <translation>Voraussichtliche Auslastung</translation>
    </message>
    <message>
        <source>unknown (no metrics)</source>
        <translation>unbekannt (keine Metriken)</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Hochskalieren</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>A worker runs only application pods. Add workers when the application needs room, or to take it off a shared master.</source>
        <translation>Ein Worker betreibt nur Anwendungs-Pods. Fügen Sie Worker hinzu, wenn die Anwendung Platz braucht oder um sie von einem geteilten Master herunterzuholen.</translation>
    </message>
    <message>
        <source>Masters run the control plane (API server, scheduler, etcd). High availability needs at least three, and always an odd number.</source>
        <translation>Master betreiben die Control Plane (API-Server, Scheduler, etcd). Hochverfügbarkeit braucht mindestens drei und immer eine ungerade Anzahl.</translation>
    </message>
    <message>
        <source>Number of servers</source>
        <translation>Anzahl der Server</translation>
    </message>
    <message>
        <source>Summary of the servers to add</source>
        <translation>Zusammenfassung der hinzuzufügenden Server</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>Die Verbindung zum Cluster besteht nicht mehr.</translation>
    </message>
    <message>
        <source>%1 %2: %L3 → %L4 replicas</source>
        <translation>%1&#xa0;%2: %L3 → %L4 Replikas</translation>
    </message>
    <message>
        <source>masters run only the control plane: application load stays at CPU %1, memory %2</source>
        <translation>Master betreiben nur die Control Plane: Die Anwendungslast bleibt bei CPU %1, Speicher %2</translation>
    </message>
    <message>
        <source>CPU %1, memory %2 of the schedulable servers</source>
        <translation>CPU %1, Speicher %2 der einplanbaren Server</translation>
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
        <translation>Geteilter Master</translation>
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>MemoryPressure</source>
        <translation>Speicherdruck</translation>
    </message>
    <message>
        <source>DiskPressure</source>
        <translation>Plattendruck</translation>
    </message>
    <message>
        <source>PIDPressure</source>
        <translation>PID-Druck</translation>
    </message>
    <message>
        <source>SchedulingDisabled</source>
        <translation>Scheduling deaktiviert</translation>
    </message>
    <message>
        <source>provisioning</source>
        <extracomment>The Size column of a server being added, until its node registers</extracomment>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <extracomment>Column of the Servers table: a small chart of the last 30 minutes</extracomment>
        <translation>Letzte 30 min</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>+ Scale up</source>
        <translation>+ Hochskalieren</translation>
    </message>
    <message>
        <source>Scale up: add servers</source>
        <translation>Hochskalieren: Server hinzufügen</translation>
    </message>
    <message>
        <source>Add Master or Worker servers (Ctrl+Shift+A)</source>
        <translation>Master- oder Worker-Server hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>Server filtern</translation>
    </message>
    <message>
        <source>Filter by name, size or status</source>
        <translation>Nach Name, Größe oder Status filtern</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Shared masters</source>
        <translation>Geteilte Master</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Being added</source>
        <translation>Werden hinzugefügt</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Stop scheduling new pods on the selected servers</source>
        <translation>Keine neuen Pods mehr auf den ausgewählten Servern einplanen</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Allow new pods on the selected servers again</source>
        <translation>Neue Pods auf den ausgewählten Servern wieder zulassen</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Move every pod off the selected servers</source>
        <translation>Alle Pods von den ausgewählten Servern verlagern</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Drain the selected servers, then remove their machines</source>
        <translation>Die ausgewählten Server leeren, dann ihre Machines entfernen</translation>
    </message>
    <message>
        <source>Resume master replacement…</source>
        <translation>Austausch der Master fortsetzen…</translation>
    </message>
    <message>
        <source>Continue the interrupted replacement of the masters</source>
        <translation>Den unterbrochenen Austausch der Master fortsetzen</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+K opens the command palette: every command by name, with or without a shortcut.</source>
        <translation>Strg+K öffnet die Befehlspalette: jeder Befehl nach Namen, mit oder ohne Tastenkürzel.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>separates the alternative shortcuts of one command</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Scale Up Wizard and Dialogs</source>
        <translation>Hochskalieren-Assistent und Dialoge</translation>
    </message>
    <message>
        <source>The highlighted button (Next, Add Server, OK)</source>
        <translation>Die hervorgehobene Schaltfläche (Weiter, Server hinzufügen, OK)</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Abbrechen und schließen</translation>
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
        <translation>7 Tage</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 anzeigen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the present (Home)</source>
        <translation>Der Gegenwart folgen (Pos1)</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Knoten filtern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in range</source>
        <translation>
            <numerusform>%Ln Ereignis im Bereich</numerusform>
            <numerusform>%Ln Ereignisse im Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Click an event to see its details.</source>
        <translation>Klicken Sie auf ein Ereignis, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Show this server</source>
        <translation>Diesen Server anzeigen</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Zuerst gesehen:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(the cluster)</source>
        <translation>(der Cluster)</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelineView</name>
    <message>
        <source>Events timeline</source>
        <translation>Ereignis-Zeitachse</translation>
    </message>
    <message>
        <source>Wheel: zoom around the pointer. Shift+wheel: move in time. Drag: move. + and -: zoom. Left and Right: move. Home: back to the present. Up and Down: lanes. Tab: next event. Enter: select.</source>
        <translation>Mausrad: um den Zeiger zoomen. Umschalt+Mausrad: in der Zeit bewegen. Ziehen: verschieben. + und -: zoomen. Links und Rechts: verschieben. Pos1: zurück zur Gegenwart. Auf und Ab: Spuren. Tab: nächstes Ereignis. Eingabe: auswählen.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Events of the cluster as a whole</source>
        <translation>Ereignisse des Clusters als Ganzes</translation>
    </message>
    <message>
        <source>%1 (double-click to show the server)</source>
        <translation>%1 (Doppelklick zeigt den Server)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Double-click to zoom in</source>
        <translation>Doppelklick zum Vergrößern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s), %1 – %2</source>
        <translation>
            <numerusform>%Ln-mal, %1 – %2</numerusform>
            <numerusform>%Ln-mal, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>master</source>
        <extracomment>A tag after a node&apos;s name on its timeline lane: the node is a master</extracomment>
        <translation>Master</translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A tag after a node&apos;s name on its timeline lane: the node has left the cluster</extracomment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>No lane matches the node filter</source>
        <translation>Keine Spur passt zum Knotenfilter</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Keine Ereignisse in diesem Bereich</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TokenDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 refused the credentials of your kubeconfig.</source>
        <translation>%1 hat die Anmeldedaten Ihrer kubeconfig abgelehnt.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Keep it in the keychain</source>
        <translation>Im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Keep it (no keychain is available: only until Maestro Desktop quits)</source>
        <translation>Aufbewahren (kein Schlüsselbund verfügbar: nur bis Maestro Desktop beendet wird)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
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
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no history to export.</source>
        <translation>Es gibt keinen Verlauf zum Exportieren.</translation>
    </message>
    <message>
        <source>The history was closed before the export finished.</source>
        <translation>Der Verlauf wurde geschlossen, bevor der Export fertig war.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::UtilisationPage</name>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 anzeigen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the present (Home)</source>
        <translation>Der Gegenwart folgen (Pos1)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Series shown in the charts</source>
        <translation>In den Diagrammen gezeigte Reihen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>CPU (% of allocatable)</source>
        <translation>CPU (% des Zuteilbaren)</translation>
    </message>
    <message>
        <source>Memory (% of allocatable)</source>
        <translation>Speicher (% des Zuteilbaren)</translation>
    </message>
    <message>
        <source>API latency of this app (ms)</source>
        <extracomment>Chart title: latency of the requests this app sends to the cluster&apos;s API server</extracomment>
        <translation>API-Latenz dieser App (ms)</translation>
    </message>
    <message>
        <source>All masters</source>
        <translation>Alle Master</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Alle Worker</translation>
    </message>
    <message numerus="yes">
        <source>Masters (%n)</source>
        <extracomment>Group headings of the series list with their node counts</extracomment>
        <translation>
            <numerusform>Master (%n)</numerusform>
            <numerusform>Master (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workers (%n)</source>
        <translation>
            <numerusform>Worker (%n)</numerusform>
            <numerusform>Worker (%n)</numerusform>
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
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <extracomment>The dashed line of the utilisation charts; %1 is a percentage (&quot;75%&quot;)</extracomment>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Nothing was lost: a file that was there before is unchanged. You can save the same export somewhere else.</source>
        <translation>Es ging nichts verloren: Eine bereits vorhandene Datei ist unverändert. Sie können denselben Export an einem anderen Ort speichern.</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Anderswo speichern…</translation>
    </message>
</context>
</TS>
