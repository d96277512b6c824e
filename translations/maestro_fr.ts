<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>The history database was damaged. It was set aside as %1 and a new one was started; the history collected before is not shown.</source>
        <translation>La base de données de l&apos;historique était endommagée. Elle a été mise de côté sous le nom %1 et une nouvelle a été créée&#xa0;; l&apos;historique collecté auparavant n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>The history database is in use by another program (is Maestro running twice?). The history of this session will not be kept.</source>
        <translation>La base de données de l&apos;historique est utilisée par un autre programme (Maestro est-il lancé deux fois&#xa0;?). L&apos;historique de cette session ne sera pas conservé.</translation>
    </message>
    <message>
        <source>The history database cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de données de l&apos;historique n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <source>Eviction</source>
        <translation>Éviction</translation>
    </message>
    <message>
        <source>Scheduling failure</source>
        <translation>Échec de planification</translation>
    </message>
    <message>
        <source>Resource pressure</source>
        <translation>Pression sur les ressources</translation>
    </message>
    <message>
        <source>Slow etcd write</source>
        <translation>Écriture etcd lente</translation>
    </message>
    <message>
        <source>Node added</source>
        <translation>Nœud ajouté</translation>
    </message>
    <message>
        <source>Node ready</source>
        <translation>Nœud prêt</translation>
    </message>
    <message>
        <source>Scale-up started</source>
        <translation>Mise à l&apos;échelle démarrée</translation>
    </message>
    <message>
        <source>Scale-up finished</source>
        <translation>Mise à l&apos;échelle terminée</translation>
    </message>
    <message>
        <source>Advisor finding</source>
        <translation>Constat du conseiller</translation>
    </message>
    <message>
        <source>Advisor finding cleared</source>
        <translation>Constat du conseiller levé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Server action</source>
        <translation>Action sur un serveur</translation>
    </message>
</context>
<context>
    <name>maestro</name>
    <message>
        <source>Desktop administration of Kubernetes clusters</source>
        <translation>Administration de clusters Kubernetes sur le bureau</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Print a report of the cluster without opening a window.</source>
        <translation>Affiche un rapport sur le cluster sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>The kubeconfig to use.</source>
        <translation>Le kubeconfig à utiliser.</translation>
    </message>
    <message>
        <source>The kubeconfig context to open.</source>
        <translation>Le contexte du kubeconfig à ouvrir.</translation>
    </message>
    <message>
        <source>Open the simulated demo cluster (scenario as argument: shared-master, undersized-master, ha, large).</source>
        <translation>Ouvre le cluster de démonstration simulé (scénario en argument&#xa0;: shared-master, undersized-master, ha, large).</translation>
    </message>
    <message>
        <source>Simulated seconds per real second in the demo (default 10).</source>
        <translation>Secondes simulées par seconde réelle dans la démo (10 par défaut).</translation>
    </message>
    <message>
        <source>Seconds to observe the cluster for the report (default 10).</source>
        <translation>Durée d&apos;observation du cluster pour le rapport, en secondes (10 par défaut).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Affiche le rapport en JSON.</translation>
    </message>
    <message>
        <source>The demo scenario (with --demo).</source>
        <translation>Le scénario de démonstration (avec --demo).</translation>
    </message>
    <message>
        <source>The language to use (for example de), instead of the system&apos;s.</source>
        <translation>La langue à utiliser (par exemple fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>system (default), light or dark.</source>
        <translation>system (par défaut), light ou dark.</translation>
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
        <translation>maestro-sim dans le même processus</translation>
    </message>
    <message>
        <source>No cluster %1.</source>
        <translation>Aucun cluster %1.</translation>
    </message>
</context>
<context>
    <name>maestro::ClusterReport</name>
    <message numerus="yes">
        <source>Could not load the cluster within %n second(s): %1</source>
        <translation>
            <numerusform>Impossible de charger le cluster en %n seconde&#xa0;: %1</numerusform>
            <numerusform>Impossible de charger le cluster en %n secondes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1 at %2 (%3)</source>
        <translation>Cluster %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4  cpu %5  memory %6  pods %7</source>
        <translation>  %1  %2  %3  %4  CPU %5  mémoire %6  pods %7</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>Non prêt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Pods: %1 total, %2 running, %3 pending, %4 failed</source>
        <translation>Pods&#xa0;: %1 au total, %2 en cours, %3 en attente, %4 en échec</translation>
    </message>
    <message>
        <source>Warning: TLS verification is off for this cluster (insecure-skip-tls-verify).</source>
        <translation>Avertissement&#xa0;: la vérification TLS est désactivée pour ce cluster (insecure-skip-tls-verify).</translation>
    </message>
    <message>
        <source>Events: %L1 total, %L2 warnings</source>
        <translation>Événements&#xa0;: %L1 au total, %L2 avertissements</translation>
    </message>
    <message>
        <source>API latency: p50 %L1 ms, p99 %L2 ms</source>
        <translation>Latence de l&apos;API&#xa0;: p50 %L1 ms, p99 %L2 ms</translation>
    </message>
</context>
<context>
    <name>maestro::CredentialStore</name>
    <message>
        <source>No keychain is available: the token is kept only until Maestro Desktop quits</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: le jeton n&apos;est conservé que jusqu&apos;à la fermeture de Maestro Desktop</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain could not delete the secret: %1</source>
        <translation>Le trousseau n&apos;a pas pu supprimer le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Échec du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maestro::DemoCluster</name>
    <message>
        <source>Demo cluster (simulated)</source>
        <translation>Cluster de démonstration (simulé)</translation>
    </message>
    <message>
        <source>Unknown demo scenario &quot;%1&quot; (one of: %2).</source>
        <translation>Scénario de démonstration inconnu «&#xa0;%1&#xa0;» (l&apos;un de&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s kubeconfig could not be read.</source>
        <translation>Impossible de lire le kubeconfig du cluster de démonstration.</translation>
    </message>
</context>
<context>
    <name>maestro::ExecCredentialProvider</name>
    <message>
        <source>(no error output)</source>
        <translation>(aucune sortie d&apos;erreur)</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed something that is not an ExecCredential (invalid JSON: %2).</source>
        <translation>Le plugin d&apos;identification %1 a affiché quelque chose qui n&apos;est pas un ExecCredential (JSON non valide&#xa0;: %2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with apiVersion &quot;%2&quot;, but the kubeconfig asks for &quot;%3&quot;.</source>
        <translation>Le plugin d&apos;identification %1 a répondu avec l&apos;apiVersion «&#xa0;%2&#xa0;», mais le kubeconfig demande «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The credential plugin %1 answered with kind &quot;%2&quot; instead of ExecCredential.</source>
        <translation>Le plugin d&apos;identification %1 a répondu avec le kind «&#xa0;%2&#xa0;» au lieu d&apos;ExecCredential.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned a client certificate without its key, or a key without its certificate.</source>
        <translation>Le plugin d&apos;identification %1 a renvoyé un certificat client sans sa clé, ou une clé sans son certificat.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned neither a token nor a client certificate.</source>
        <translation>Le plugin d&apos;identification %1 n&apos;a renvoyé ni jeton ni certificat client.</translation>
    </message>
    <message>
        <source>The credential plugin %1 returned an expirationTimestamp that is not an RFC 3339 time: %2</source>
        <translation>Le plugin d&apos;identification %1 a renvoyé un expirationTimestamp qui n&apos;est pas une heure RFC 3339&#xa0;: %2</translation>
    </message>
    <message>
        <source>The context %1 has no credential plugin configured.</source>
        <translation>Aucun plugin d&apos;identification n&apos;est configuré pour le contexte %1.</translation>
    </message>
    <message>
        <source>The credential plugin %1 needs an interactive terminal (interactiveMode: Always), which Maestro Desktop cannot provide.</source>
        <translation>Le plugin d&apos;identification %1 a besoin d&apos;un terminal interactif (interactiveMode: Always), que Maestro Desktop ne peut pas fournir.</translation>
    </message>
    <message>
        <source>The credential plugin %1 was not found in PATH.</source>
        <translation>Le plugin d&apos;identification %1 est introuvable dans le PATH.</translation>
    </message>
    <message>
        <source>Cannot start the credential plugin %1: %2</source>
        <translation>Impossible de lancer le plugin d&apos;identification %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The credential plugin %1 did not answer within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Le plugin d&apos;identification %1 n&apos;a pas répondu en %n seconde et a été arrêté.</numerusform>
            <numerusform>Le plugin d&apos;identification %1 n&apos;a pas répondu en %n secondes et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential plugin %1 crashed: %2</source>
        <translation>Le plugin d&apos;identification %1 a planté&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credential plugin %1 failed with exit code %2: %3</source>
        <translation>Le plugin d&apos;identification %1 a échoué avec le code de sortie %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The credential plugin %1 printed more than %2 and was stopped.</source>
        <extracomment>%2 is a size with its unit (&quot;1 MiB&quot;)</extracomment>
        <translation>Le plugin d&apos;identification %1 a affiché plus de %2 et a été arrêté.</translation>
    </message>
</context>
<context>
    <name>maestro::Kubeconfig</name>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not contain a PEM %2</source>
        <translation>«&#xa0;%1&#xa0;» ne contient pas de %2 PEM</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; file %2: %3</source>
        <translation>impossible de lire le fichier «&#xa0;%1&#xa0;» %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the entry must be a mapping with &quot;name&quot; and a &quot;%1&quot; mapping</source>
        <translation>l&apos;entrée doit être un dictionnaire avec «&#xa0;name&#xa0;» et un dictionnaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the entry has no name</source>
        <translation>l&apos;entrée n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>&quot;exec.apiVersion&quot; is missing</source>
        <translation>«&#xa0;exec.apiVersion&#xa0;» est absent</translation>
    </message>
    <message>
        <source>exec plugin API version &quot;%1&quot; is not supported; use %2 or %3</source>
        <translation>la version d&apos;API «&#xa0;%1&#xa0;» du plugin exec n&apos;est pas prise en charge&#xa0;; utilisez %2 ou %3</translation>
    </message>
    <message>
        <source>&quot;exec.command&quot; is missing</source>
        <translation>«&#xa0;exec.command&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;exec.args&quot; must be a list of strings</source>
        <translation>«&#xa0;exec.args&#xa0;» doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;exec.env&quot; must be a list</source>
        <translation>«&#xa0;exec.env&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>&quot;exec.env[%1]&quot; must have a name</source>
        <translation>«&#xa0;exec.env[%1]&#xa0;» doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;exec.interactiveMode&quot; must be Never, IfAvailable or Always</source>
        <translation>«&#xa0;exec.interactiveMode&#xa0;» doit valoir Never, IfAvailable ou Always</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file contains binary data; it is not a kubeconfig</source>
        <translation>le fichier contient des données binaires&#xa0;; ce n&apos;est pas un kubeconfig</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; it is not a kubeconfig</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;; ce n&apos;est pas un kubeconfig</translation>
    </message>
    <message>
        <source>the YAML is nested too deeply; it is not a kubeconfig</source>
        <translation>le YAML est trop profondément imbriqué&#xa0;; ce n&apos;est pas un kubeconfig</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>Erreur de syntaxe YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not a kubeconfig: expected a mapping with clusters, users and contexts</source>
        <translation>le fichier n&apos;est pas un kubeconfig&#xa0;: un dictionnaire avec clusters, users et contexts est attendu</translation>
    </message>
    <message>
        <source>unexpected YAML structure: %1</source>
        <translation>structure YAML inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>duplicate name; the entry on line %1 is used</source>
        <translation>nom en double&#xa0;; l&apos;entrée de la ligne %1 est utilisée</translation>
    </message>
    <message>
        <source>&quot;server&quot; is missing</source>
        <translation>«&#xa0;server&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;server&quot; is not a valid URL: %1</source>
        <translation>«&#xa0;server&#xa0;» n&apos;est pas une URL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;server&quot; must be an https or http URL: %1</source>
        <translation>«&#xa0;server&#xa0;» doit être une URL https ou http&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;insecure-skip-tls-verify&quot; cannot be combined with a certificate authority</source>
        <translation>«&#xa0;insecure-skip-tls-verify&#xa0;» ne peut pas être combiné à une autorité de certification</translation>
    </message>
    <message>
        <source>&quot;proxy-url&quot; must be an http, https or socks5 URL: %1</source>
        <translation>«&#xa0;proxy-url&#xa0;» doit être une URL http, https ou socks5&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;client-certificate&quot; is set but &quot;client-key&quot; is missing</source>
        <translation>«&#xa0;client-certificate&#xa0;» est défini mais «&#xa0;client-key&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;client-key&quot; is set but &quot;client-certificate&quot; is missing</source>
        <translation>«&#xa0;client-key&#xa0;» est défini mais «&#xa0;client-certificate&#xa0;» est absent</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>le fichier de jeton %1 est vide</translation>
    </message>
    <message>
        <source>&quot;exec&quot; must be a mapping</source>
        <translation>«&#xa0;exec&#xa0;» doit être un dictionnaire</translation>
    </message>
    <message>
        <source>auth-provider &quot;%1&quot; was removed from Kubernetes clients; use an exec credential plugin instead</source>
        <translation>l&apos;auth-provider «&#xa0;%1&#xa0;» a été retiré des clients Kubernetes&#xa0;; utilisez plutôt un plugin d&apos;identification exec</translation>
    </message>
    <message>
        <source>basic authentication (username and password) is not supported; use a token, a client certificate or an exec plugin</source>
        <translation>l&apos;authentification basique (nom d&apos;utilisateur et mot de passe) n&apos;est pas prise en charge&#xa0;; utilisez un jeton, un certificat client ou un plugin exec</translation>
    </message>
    <message>
        <source>&quot;cluster&quot; is missing</source>
        <translation>«&#xa0;cluster&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de namespace valide</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; not found</source>
        <translation>cluster «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; could not be loaded (%2 line %3)</source>
        <translation>impossible de charger le cluster «&#xa0;%1&#xa0;» (%2 ligne %3)</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; not found</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» introuvable</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; could not be loaded (%2 line %3)</source>
        <translation>impossible de charger l&apos;utilisateur «&#xa0;%1&#xa0;» (%2 ligne %3)</translation>
    </message>
    <message>
        <source>current-context &quot;%1&quot; names no context</source>
        <translation>le current-context «&#xa0;%1&#xa0;» ne désigne aucun contexte</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>il fait plus de %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; it is not a kubeconfig</source>
        <translation>le fichier fait plus de %1&#xa0;; ce n&apos;est pas un kubeconfig</translation>
    </message>
</context>
<context>
    <name>maestro::ReportCommand</name>
    <message>
        <source>no context given and the kubeconfig names no current-context</source>
        <translation>aucun contexte indiqué et le kubeconfig ne définit pas de current-context</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found (or not loadable)</source>
        <translation>contexte «&#xa0;%1&#xa0;» introuvable (ou impossible à charger)</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>Conseiller&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maestro::SecretOrigin</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>file %1 (named in %2)</source>
        <translation>fichier %1 (indiqué dans %2)</translation>
    </message>
    <message>
        <source>credential plugin configured in %1</source>
        <translation>plugin d&apos;identification configuré dans %1</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Checks</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the rest of a list of pods, nodes or log lines that is too long to show</extracomment>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
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
            <numerusform>%n master&#xa0;: le control plane n&apos;est pas hautement disponible</numerusform>
            <numerusform>%n masters&#xa0;: le control plane n&apos;est pas hautement disponible</numerusform>
        </translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Masters&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>With %n master(s), etcd keeps its majority only while every master is up.</source>
        <extracomment>%n is the number of masters</extracomment>
        <translation>
            <numerusform>Avec %n master, etcd ne garde sa majorité que tant que chaque master fonctionne.</numerusform>
            <numerusform>Avec %n masters, etcd ne garde sa majorité que tant que chaque master fonctionne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) do not count: only masters run etcd and the API server.</source>
        <translation>
            <numerusform>%n worker ne compte pas&#xa0;: seuls les masters exécutent etcd et le serveur d&apos;API.</numerusform>
            <numerusform>%n workers ne comptent pas&#xa0;: seuls les masters exécutent etcd et le serveur d&apos;API.</numerusform>
        </translation>
    </message>
    <message>
        <source>etcd, which stores the whole cluster, needs a majority of its members to accept a write. With fewer than 3 masters, losing one master stops the control plane: no scheduling, no scaling, no changes. 3 masters survive the loss of one, 5 of two. Workers do not help here: one master plus one worker is still not highly available.</source>
        <translation>etcd, qui stocke tout le cluster, a besoin de la majorité de ses membres pour accepter une écriture. Avec moins de 3 masters, la perte d&apos;un master arrête le control plane&#xa0;: plus de planification, plus de mise à l&apos;échelle, plus de modifications. 3 masters survivent à la perte d&apos;un seul, 5 à celle de deux. Les workers n&apos;aident pas ici&#xa0;: un master plus un worker n&apos;est toujours pas hautement disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) is an even number: the last one adds no failure tolerance</source>
        <translation>
            <numerusform>%n master est un nombre pair&#xa0;: le dernier n&apos;ajoute aucune tolérance aux pannes</numerusform>
            <numerusform>%n masters est un nombre pair&#xa0;: le dernier n&apos;ajoute aucune tolérance aux pannes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 masters survive %2 failure(s), no more than %3 masters do.</source>
        <extracomment>%1 masters survive %2 failures, as many as %3 masters do</extracomment>
        <translation>%1 masters survivent à %2 panne(s), pas plus que %3 masters.</translation>
    </message>
    <message>
        <source>etcd needs a majority (more than half) of its members. An even number of masters needs as many survivors as the next odd number while offering one more member that can fail: add one master to make the count odd.</source>
        <translation>etcd a besoin d&apos;une majorité (plus de la moitié) de ses membres. Un nombre pair de masters exige autant de survivants que le nombre impair suivant, tout en offrant un membre de plus qui peut tomber en panne&#xa0;: ajoutez un master pour obtenir un nombre impair.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no NoSchedule taint and runs %n application pod(s): %2</source>
        <translation>
            <numerusform>%1 n&apos;a pas de taint NoSchedule et exécute %n pod applicatif&#xa0;: %2</numerusform>
            <numerusform>%1 n&apos;a pas de taint NoSchedule et exécute %n pods applicatifs&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The master also runs %n application pod(s)</source>
        <translation>
            <numerusform>Le master exécute aussi %n pod applicatif</numerusform>
            <numerusform>Le master exécute aussi %n pods applicatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>A master without the control-plane NoSchedule taint shares its CPU, memory and disk with the application. When the application is busy, etcd and the API server slow down with it, and the kubelet may evict pods to free memory. Dedicated workers keep the application away from the control plane.</source>
        <translation>Un master sans le taint NoSchedule du control plane partage son CPU, sa mémoire et son disque avec l&apos;application. Quand l&apos;application est chargée, etcd et le serveur d&apos;API ralentissent avec elle, et le kubelet peut évincer des pods pour libérer de la mémoire. Des workers dédiés tiennent l&apos;application à l&apos;écart du control plane.</translation>
    </message>
    <message>
        <source>The application uses %1 of the schedulable capacity (target: at most %2)</source>
        <extracomment>%1 is the load in percent, %2 the target in percent</extracomment>
        <translation>L&apos;application utilise %1 de la capacité planifiable (objectif&#xa0;: au plus %2)</translation>
    </message>
    <message>
        <source>Schedulable nodes: %1</source>
        <translation>Nœuds planifiables&#xa0;: %1</translation>
    </message>
    <message>
        <source>CPU requests: %1 of %2 cores (%3)</source>
        <extracomment>%1 and %2 are CPU cores, %3 a percentage</extracomment>
        <translation>Requests CPU&#xa0;: %1 sur %2 cœurs (%3)</translation>
    </message>
    <message>
        <source>Memory requests: %1 of %2 GiB (%3)</source>
        <extracomment>%1 and %2 are GiB, %3 a percentage</extracomment>
        <translation>Requests mémoire&#xa0;: %1 sur %2 GiB (%3)</translation>
    </message>
    <message>
        <source>CPU usage: %1 of %2 cores (%3)</source>
        <translation>Utilisation CPU&#xa0;: %1 sur %2 cœurs (%3)</translation>
    </message>
    <message>
        <source>Memory usage: %1 of %2 GiB (%3)</source>
        <translation>Utilisation mémoire&#xa0;: %1 sur %2 GiB (%3)</translation>
    </message>
    <message>
        <source>No usage figures (%1): requests only.</source>
        <translation>Aucune mesure d&apos;utilisation (%1)&#xa0;: requests seulement.</translation>
    </message>
    <message>
        <source>metrics not reported for these nodes</source>
        <translation>aucune métrique n&apos;est remontée pour ces nœuds</translation>
    </message>
    <message>
        <source>metrics-server unavailable</source>
        <translation>metrics-server indisponible</translation>
    </message>
    <message numerus="yes">
        <source>%n pending pod(s) counted with their requests.</source>
        <translation>
            <numerusform>%n pod en attente compté avec ses requests.</numerusform>
            <numerusform>%n pods en attente comptés avec leurs requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new %1 worker offers about %2 cores and %3 GiB to pods.</source>
        <extracomment>%1 cores, %2 GiB of one new node</extracomment>
        <translation>Un nouveau worker %1 offre environ %2 cœurs et %3 GiB aux pods.</translation>
    </message>
    <message>
        <source>(same as the largest node)</source>
        <translation>(comme le plus grand nœud)</translation>
    </message>
    <message>
        <source>Above %1 of the schedulable capacity, a node failure or a burst leaves pods without room: they stay Pending, or the kubelet evicts them under memory pressure. The count brings the largest of CPU and memory, requests and usage, back to %1, assuming each new node keeps 100 millicores and 400 MiB for the system.</source>
        <translation>Au-delà de %1 de la capacité planifiable, une panne de nœud ou un pic laisse des pods sans place&#xa0;: ils restent Pending, ou le kubelet les évince sous pression mémoire. Le nombre ramène le plus grand du CPU et de la mémoire, requests et utilisation, à %1, en supposant que chaque nouveau nœud garde 100 millicores et 400 MiB pour le système.</translation>
    </message>
    <message>
        <source>The API server answers slowly: p99 %1 ms</source>
        <translation>Le serveur d&apos;API répond lentement&#xa0;: p99 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>p99 %1 ms over the last %2, %n request(s) (watches excluded)</source>
        <extracomment>%1 is milliseconds, %2 a duration (&quot;5 min&quot;), %n the number of requests</extracomment>
        <translation>
            <numerusform>p99 %1 ms sur les dernières %2, %n requête (watches exclus)</numerusform>
            <numerusform>p99 %1 ms sur les dernières %2, %n requêtes (watches exclus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Slowest: %1 took %2 ms</source>
        <translation>La plus lente&#xa0;: %1 a pris %2 ms</translation>
    </message>
    <message>
        <source>Threshold: p99 above %1 ms</source>
        <translation>Seuil&#xa0;: p99 au-dessus de %1 ms</translation>
    </message>
    <message>
        <source>These are the app&apos;s own requests, small lists and reads that a healthy API server answers in milliseconds. When they take over a second, the API server is short of CPU or waits for etcd: kubectl, controllers and the scheduler are slow too.</source>
        <translation>Ce sont les propres requêtes de l&apos;application, de petites listes et lectures auxquelles un serveur d&apos;API en bonne santé répond en quelques millisecondes. Quand elles dépassent une seconde, le serveur d&apos;API manque de CPU ou attend etcd&#xa0;: kubectl, les contrôleurs et le scheduler sont lents eux aussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) waiting for a node for more than %1</source>
        <translation>
            <numerusform>%n pod attend un nœud depuis plus de %1</numerusform>
            <numerusform>%n pods attendent un nœud depuis plus de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending for %2</source>
        <extracomment>a pending pod and how long it has been waiting</extracomment>
        <translation>%1 en attente depuis %2</translation>
    </message>
    <message>
        <source>Scheduler: %1</source>
        <translation>Scheduler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pods wait %1 s for a node (p90)</source>
        <translation>Les pods attendent un nœud %1 s (p90)</translation>
    </message>
    <message numerus="yes">
        <source>Scheduling latency p90 %1 s over %n pod(s) created in the last %2</source>
        <extracomment>%1 seconds, %2 a duration, %n pods</extracomment>
        <translation>
            <numerusform>Latence de planification p90 %1 s sur %n pod créé au cours des dernières %2</numerusform>
            <numerusform>Latence de planification p90 %1 s sur %n pods créés au cours des dernières %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduler finds no node with room for these pods, or takes long to decide. Pods that cannot be scheduled serve nothing; the scheduler&apos;s message says what is missing (CPU, memory, a taint that is not tolerated).</source>
        <translation>Le scheduler ne trouve aucun nœud avec de la place pour ces pods, ou met longtemps à décider. Des pods qui ne peuvent pas être planifiés ne servent à rien&#xa0;; le message du scheduler indique ce qui manque (CPU, mémoire, un taint non toléré).</translation>
    </message>
    <message>
        <source>%1 is under MemoryPressure</source>
        <translation>%1 est en MemoryPressure</translation>
    </message>
    <message>
        <source>%1 is under DiskPressure</source>
        <translation>%1 est en DiskPressure</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) evicted on the master %1 in the last %2</source>
        <extracomment>%1 is a list of master nodes</extracomment>
        <translation>
            <numerusform>%n pod évincé sur le master %1 au cours des dernières %2</numerusform>
            <numerusform>%n pods évincés sur le master %1 au cours des dernières %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 evicted on %2 at %3</source>
        <translation>%1 évincé sur %2 à %3</translation>
    </message>
    <message>
        <source>%1 evicted on %2</source>
        <translation>%1 évincé sur %2</translation>
    </message>
    <message>
        <source>Kubelet: %1</source>
        <translation>Kubelet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The kubelet evicts pods when a node runs out of memory or disk. On a master, the next victims are the control plane&apos;s neighbours, and the control plane itself is starved: the API server and etcd slow down or restart.</source>
        <translation>Le kubelet évince des pods quand un nœud manque de mémoire ou de disque. Sur un master, les prochaines victimes sont les voisins du control plane, et le control plane lui-même est affamé&#xa0;: le serveur d&apos;API et etcd ralentissent ou redémarrent.</translation>
    </message>
    <message numerus="yes">
        <source>etcd reported %n slow write(s) in the last %1</source>
        <translation>
            <numerusform>etcd a signalé %n écriture lente au cours des dernières %1</numerusform>
            <numerusform>etcd a signalé %n écritures lentes au cours des dernières %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;apply request took too long&quot;: %1, &quot;slow fdatasync&quot;: %2, heartbeat &quot;took too long&quot;: %3</source>
        <extracomment>counts of etcd&apos;s three kinds of slow-write warnings</extracomment>
        <translation>«&#xa0;apply request took too long&#xa0;»&#xa0;: %1, «&#xa0;slow fdatasync&#xa0;»&#xa0;: %2, heartbeat «&#xa0;took too long&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Slowest: took %1 ms (%2 at %3)</source>
        <extracomment>%1 ms, %2 an etcd pod, %3 a time of day</extracomment>
        <translation>La plus lente&#xa0;: %1 ms (%2 à %3)</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>etcd writes every change to disk before it answers. Warnings like these mean its disk or CPU cannot keep up: every request through the API server waits, leader elections may fail, and the cluster feels frozen.</source>
        <translation>etcd écrit chaque modification sur le disque avant de répondre. De tels avertissements signifient que son disque ou son CPU ne suit pas&#xa0;: chaque requête passant par le serveur d&apos;API attend, les élections de leader peuvent échouer et le cluster semble figé.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n dedicated worker(s): the master runs the application and suffers</source>
        <translation>
            <numerusform>Ajouter %n worker dédié&#xa0;: le master exécute l&apos;application et en souffre</numerusform>
            <numerusform>Ajouter %n workers dédiés&#xa0;: le master exécute l&apos;application et en souffre</numerusform>
        </translation>
    </message>
    <message>
        <source>Only schedulable node(s): %1 (shared master)</source>
        <translation>Seul nœud planifiable&#xa0;: %1 (master partagé)</translation>
    </message>
    <message>
        <source>Symptom %1: %2</source>
        <extracomment>%1 is a finding id, %2 its summary</extracomment>
        <translation>Symptôme %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Application load to move: %n pod(s), %1 cores, %2 GiB</source>
        <extracomment>%n application pods, %1 cores, %2 GiB</extracomment>
        <translation>
            <numerusform>Charge applicative à déplacer&#xa0;: %n pod, %1 cœurs, %2 GiB</numerusform>
            <numerusform>Charge applicative à déplacer&#xa0;: %n pods, %1 cœurs, %2 GiB</numerusform>
        </translation>
    </message>
    <message>
        <source>The master is the only node that takes application pods, and the application is starving the control plane. Dedicated workers take the new pods (and those the master evicts) and leave the master&apos;s CPU, memory and disk to etcd and the API server. The count holds the application&apos;s requests and usage at %1 of the new workers&apos; capacity.</source>
        <translation>Le master est le seul nœud qui accepte des pods applicatifs, et l&apos;application affame le control plane. Des workers dédiés prennent les nouveaux pods (et ceux que le master évince) et laissent le CPU, la mémoire et le disque du master à etcd et au serveur d&apos;API. Le nombre maintient les requests et l&apos;utilisation de l&apos;application à %1 de la capacité des nouveaux workers.</translation>
    </message>
    <message>
        <source>The master is too small for etcd: replace it with %1</source>
        <translation>Le master est trop petit pour etcd&#xa0;: remplacez-le par %1</translation>
    </message>
    <message>
        <source>The master is too small for etcd, and no larger size is offered</source>
        <translation>Le master est trop petit pour etcd, et aucune taille supérieure n&apos;est proposée</translation>
    </message>
    <message>
        <source>Workers taking the application: %1 (Ready since %2)</source>
        <translation>Workers qui prennent l&apos;application&#xa0;: %1 (prêts depuis %2)</translation>
    </message>
    <message>
        <source>Application pods on masters: %1 of %2</source>
        <extracomment>%1 of %2 application pods</extracomment>
        <translation>Pods applicatifs sur les masters&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n etcd slow-write warning(s) since then; slowest took %1 ms</source>
        <translation>
            <numerusform>%n avertissement d&apos;écriture lente d&apos;etcd depuis&#xa0;; la plus lente a pris %1 ms</numerusform>
            <numerusform>%n avertissements d&apos;écriture lente d&apos;etcd depuis&#xa0;; la plus lente a pris %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Masters now: %1</source>
        <translation>Masters actuels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation>Proposé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>A worker now runs the application, yet etcd on the master still writes slowly. The latency comes from the master&apos;s own CPU and disk (etcd waits for every write to reach the disk), not from application pods, so more workers do not help. All masters share one machine template: a larger size means replacing them one by one, %n master(s) in all, an odd number so that etcd keeps its majority throughout.</source>
        <translation>
            <numerusform>Un worker exécute désormais l&apos;application, pourtant etcd écrit toujours lentement sur le master. La latence vient du CPU et du disque du master lui-même (etcd attend que chaque écriture atteigne le disque), pas des pods applicatifs&#xa0;: plus de workers n&apos;y changent rien. Tous les masters partagent un modèle de machine&#xa0;: une taille supérieure implique de les remplacer un par un, %n master en tout, un nombre impair pour qu&apos;etcd garde sa majorité tout du long.</numerusform>
            <numerusform>Un worker exécute désormais l&apos;application, pourtant etcd écrit toujours lentement sur le master. La latence vient du CPU et du disque du master lui-même (etcd attend que chaque écriture atteigne le disque), pas des pods applicatifs&#xa0;: plus de workers n&apos;y changent rien. Tous les masters partagent un modèle de machine&#xa0;: une taille supérieure implique de les remplacer un par un, %n masters en tout, un nombre impair pour qu&apos;etcd garde sa majorité tout du long.</numerusform>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>severity of an advisor finding</extracomment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>a size of your choice</source>
        <translation>une taille de votre choix</translation>
    </message>
    <message numerus="yes">
        <source>Replace the masters with %n master(s) of size %1</source>
        <translation>
            <numerusform>Remplacer les masters par %n master de taille %1</numerusform>
            <numerusform>Remplacer les masters par %n masters de taille %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n master(s) of size %1</source>
        <translation>
            <numerusform>Ajouter %n master de taille %1</numerusform>
            <numerusform>Ajouter %n masters de taille %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n worker(s) of size %1</source>
        <translation>
            <numerusform>Ajouter %n worker de taille %1</numerusform>
            <numerusform>Ajouter %n workers de taille %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Verdict</name>
    <message>
        <source>High availability</source>
        <translation>Haute disponibilité</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Disponibilité réduite</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Nécessite votre attention</translation>
    </message>
</context>
<context>
    <name>maestro::history::HistoryRecorder</name>
    <message>
        <source>Adding masters: %1</source>
        <translation>Ajout de masters&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adding workers: %1</source>
        <translation>Ajout de workers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maestro::history::HistoryStore</name>
    <message>
        <source>Samples could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les mesures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Events could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history could not be compacted: %1</source>
        <translation>Impossible de compacter l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history database was damaged. It was set aside as %1 and a new one was started.</source>
        <translation>La base de données de l&apos;historique était endommagée. Elle a été mise de côté sous le nom %1 et une nouvelle a été créée.</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiError</name>
    <message>
        <source>the server redirects to %1</source>
        <translation>le serveur redirige vers %1</translation>
    </message>
    <message>
        <source>The cluster cannot be reached: %1</source>
        <translation>Le cluster est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster did not answer in time.</source>
        <translation>Le cluster n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The cluster&apos;s certificate was refused: %1</source>
        <translation>Le certificat du cluster a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster refused the credentials (401 Unauthorized). Enter a valid token or check the kubeconfig&apos;s user.</source>
        <translation>Le cluster a refusé les identifiants (401 Unauthorized). Saisissez un jeton valide ou vérifiez l&apos;utilisateur du kubeconfig.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone else changed it first: %1</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a modifié avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>It already exists: %1</source>
        <translation>Cela existe déjà&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s history moved on (410 Expired); reloading.</source>
        <translation>L&apos;historique du cluster a avancé (410 Expired)&#xa0;; rechargement.</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1</source>
        <translation>Le cluster a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster refused the request: %1</source>
        <translation>Le cluster a refusé la requête&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The cluster is throttling requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>Le cluster limite les requêtes&#xa0;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>Le cluster limite les requêtes&#xa0;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster&apos;s API server failed (%1): %2</source>
        <translation>Le serveur d&apos;API du cluster a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server answered, but it is not a Kubernetes API server: %1</source>
        <translation>Le serveur a répondu, mais ce n&apos;est pas un serveur d&apos;API Kubernetes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer could not be read: %1</source>
        <translation>Impossible de lire la réponse du cluster&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s answer was too large: %1</source>
        <translation>La réponse du cluster était trop volumineuse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>no TLS on this port (is the address http:// rather than https://?): %1</source>
        <translation>pas de TLS sur ce port (l&apos;adresse est-elle http:// plutôt que https://&#xa0;?)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiRequest</name>
    <message>
        <source>it answered %1 with %2 instead of JSON</source>
        <translation>il a répondu à %1 avec %2 au lieu de JSON</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message numerus="yes">
        <source>the connection ended after %n byte(s) of the answer: %1</source>
        <translation>
            <numerusform>la connexion s&apos;est terminée après %n octet de la réponse : %1</numerusform>
            <numerusform>la connexion s&apos;est terminée après %n octets de la réponse : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la réponse était vide</translation>
    </message>
</context>
<context>
    <name>maestro::kube::ClusterConnection</name>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non authentifié</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>Échec TLS</translation>
    </message>
    <message>
        <source>Not a Kubernetes API</source>
        <translation>Pas une API Kubernetes</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Loading with the new token</source>
        <translation>Chargement avec le nouveau jeton</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Nouvel essai dans %n seconde.</numerusform>
            <numerusform>%1 Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>/version did not describe a Kubernetes version</source>
        <translation>/version ne décrit pas une version de Kubernetes</translation>
    </message>
    <message>
        <source>Loading nodes, pods and events</source>
        <translation>Chargement des nœuds, pods et événements</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2 Reconnecting.</source>
        <translation>Connexion à %1 perdue&#xa0;: %2 Reconnexion.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Connecté à %1 (%2)</translation>
    </message>
</context>
<context>
    <name>maestro::kube::InformerBase</name>
    <message>
        <source>the answer to a list of %1 has no items</source>
        <translation>la réponse à une liste de %1 n&apos;a pas d&apos;items</translation>
    </message>
    <message>
        <source>the watch ended at once without an event</source>
        <translation>le watch s&apos;est terminé aussitôt sans événement</translation>
    </message>
</context>
<context>
    <name>maestro::kube::MetricsPoller</name>
    <message>
        <source>Waiting for the first measurement</source>
        <translation>En attente de la première mesure</translation>
    </message>
    <message>
        <source>Measured by metrics-server</source>
        <translation>Mesuré par metrics-server</translation>
    </message>
    <message>
        <source>metrics-server not installed: no CPU or memory figures</source>
        <translation>metrics-server non installé&#xa0;: aucune mesure de CPU ni de mémoire</translation>
    </message>
    <message>
        <source>Metrics unavailable: %1</source>
        <translation>Métriques indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>NodeMetricsList could not be read</source>
        <translation>Impossible de lire la NodeMetricsList</translation>
    </message>
</context>
<context>
    <name>maestro::kube::WatchStream</name>
    <message>
        <source>no event or bookmark for %1 s</source>
        <translation>aucun événement ni bookmark depuis %1 s</translation>
    </message>
    <message>
        <source>a watch event over %1</source>
        <translation>un événement de watch de plus de %1</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::CordonOperation</name>
    <message>
        <source>Cordoning %1</source>
        <translation>Isolement de %1</translation>
    </message>
    <message>
        <source>Uncordoning %1</source>
        <translation>Réintégration de %1</translation>
    </message>
    <message>
        <source>No server was chosen.</source>
        <translation>Aucun serveur n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) cordoned: no new pods are scheduled there</source>
        <translation>
            <numerusform>%n serveur isolé&#xa0;: aucun nouveau pod n&apos;y est planifié</numerusform>
            <numerusform>%n serveurs isolés&#xa0;: aucun nouveau pod n&apos;y est planifié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) uncordoned: pods can be scheduled there again</source>
        <translation>
            <numerusform>%n serveur réintégré&#xa0;: des pods peuvent de nouveau y être planifiés</numerusform>
            <numerusform>%n serveurs réintégrés&#xa0;: des pods peuvent de nouveau y être planifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was accepted but the servers do not show it yet.</source>
        <translation>La modification a été acceptée, mais les serveurs ne l&apos;affichent pas encore.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainOperation</name>
    <message numerus="yes">
        <source>The drain of %1 did not finish within %n second(s); the server stays cordoned. Still there: %2</source>
        <translation>
            <numerusform>Le drainage de %1 ne s&apos;est pas terminé en %n seconde&#xa0;; le serveur reste isolé. Toujours présents&#xa0;: %2</numerusform>
            <numerusform>Le drainage de %1 ne s&apos;est pas terminé en %n secondes&#xa0;; le serveur reste isolé. Toujours présents&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>Drainage de %1</translation>
    </message>
    <message>
        <source>Checking the pods on %1</source>
        <translation>Vérification des pods sur %1</translation>
    </message>
    <message>
        <source>%1 was not drained: %2</source>
        <translation>%1 n&apos;a pas été drainé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cordoning %1</source>
        <translation>Isolement de %1</translation>
    </message>
    <message>
        <source>Could not cordon %1: %2</source>
        <translation>Impossible d&apos;isoler %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Evicting %n pod(s) from %1</source>
        <translation>
            <numerusform>Éviction de %n pod de %1</numerusform>
            <numerusform>Éviction de %n pods de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits for its disruption budget: %2</source>
        <translation>%1 attend son budget de perturbation&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not evict %1: %2; %3 stays cordoned.</source>
        <translation>Impossible d&apos;évincer %1&#xa0;: %2&#xa0;; %3 reste isolé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s) moved off %2</source>
        <translation>
            <numerusform>%1 pod sur %n déplacé hors de %2</numerusform>
            <numerusform>%1 pods sur %n déplacés hors de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drained: %n pod(s) evicted; it stays cordoned</source>
        <translation>
            <numerusform>%1 drainé&#xa0;: %n pod évincé&#xa0;; il reste isolé</numerusform>
            <numerusform>%1 drainé&#xa0;: %n pods évincés&#xa0;; il reste isolé</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not drained: %2
This was found once the server was cordoned; %1 stays cordoned, so no new pods are scheduled on it. Uncordon it to undo that.</source>
        <translation>%1 n&apos;a pas été drainé&#xa0;: %2
Cela n&apos;est apparu qu&apos;une fois le serveur isolé&#xa0;; %1 reste isolé, aucun nouveau pod n&apos;y est donc planifié. Réintégrez-le pour annuler cela.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainPlan</name>
    <message numerus="yes">
        <source>%n pod(s) keep data in local storage (emptyDir) that is lost when they move: %1. Allow deleting local data to go ahead.</source>
        <translation>
            <numerusform>%n pod conserve des données dans un stockage local (emptyDir), perdues lorsqu&apos;il est déplacé&#xa0;: %1. Autorisez la suppression des données locales pour continuer.</numerusform>
            <numerusform>%n pods conservent des données dans un stockage local (emptyDir), perdues lorsqu&apos;ils sont déplacés&#xa0;: %1. Autorisez la suppression des données locales pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) have no controller and would not be re-created anywhere: %1. Allow deleting them to go ahead.</source>
        <translation>
            <numerusform>%n pod n&apos;a pas de contrôleur et ne serait recréé nulle part&#xa0;: %1. Autorisez sa suppression pour continuer.</numerusform>
            <numerusform>%n pods n&apos;ont pas de contrôleur et ne seraient recréés nulle part&#xa0;: %1. Autorisez leur suppression pour continuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) are covered by more than one disruption budget, which the eviction API refuses: %1.</source>
        <translation>
            <numerusform>%n pod est couvert par plus d&apos;un budget de perturbation, ce que l&apos;API Eviction refuse&#xa0;: %1.</numerusform>
            <numerusform>%n pods sont couverts par plus d&apos;un budget de perturbation, ce que l&apos;API Eviction refuse&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainPlanLoader</name>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La connexion au cluster a disparu.</translation>
    </message>
    <message>
        <source>Could not list the pods on %1: %2</source>
        <translation>Impossible de lister les pods sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::LifecycleGuards</name>
    <message>
        <source>No server was chosen.</source>
        <translation>Aucun serveur n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>%1 is not a server of this cluster.</source>
        <translation>%1 n&apos;est pas un serveur de ce cluster.</translation>
    </message>
    <message>
        <source>%1 has no Cluster API machine (or it is already being removed), so the app cannot remove it.</source>
        <translation>%1 n&apos;a pas de machine Cluster API (ou elle est déjà en cours de suppression), l&apos;application ne peut donc pas le supprimer.</translation>
    </message>
    <message>
        <source>%1 belongs to no MachineDeployment.</source>
        <translation>%1 n&apos;appartient à aucun MachineDeployment.</translation>
    </message>
    <message>
        <source>%1 is the last server that can run application pods: removing it would leave the application nowhere to run. Add a worker first.</source>
        <translation>%1 est le dernier serveur capable d&apos;exécuter des pods applicatifs&#xa0;: le supprimer ne laisserait à l&apos;application aucun endroit où s&apos;exécuter. Ajoutez d&apos;abord un worker.</translation>
    </message>
    <message>
        <source>These are the last servers that can run application pods: removing them would leave the application nowhere to run. Add a worker first.</source>
        <translation>Ce sont les derniers serveurs capables d&apos;exécuter des pods applicatifs&#xa0;: les supprimer ne laisserait à l&apos;application aucun endroit où s&apos;exécuter. Ajoutez d&apos;abord un worker.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would leave no master: the cluster would stop.</source>
        <translation>
            <numerusform>Supprimer %n master ne laisserait aucun master&#xa0;: le cluster s&apos;arrêterait.</numerusform>
            <numerusform>Supprimer %n masters ne laisserait aucun master&#xa0;: le cluster s&apos;arrêterait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would leave %1 masters, an even number: etcd gains no safety from it and the control plane refuses it. Remove masters in pairs, so that an odd number remains.</source>
        <translation>
            <numerusform>Supprimer %n master laisserait %1 masters, un nombre pair&#xa0;: etcd n&apos;y gagne aucune sécurité et le control plane le refuse. Supprimez les masters par paires, pour qu&apos;il en reste un nombre impair.</numerusform>
            <numerusform>Supprimer %n masters laisserait %1 masters, un nombre pair&#xa0;: etcd n&apos;y gagne aucune sécurité et le control plane le refuse. Supprimez les masters par paires, pour qu&apos;il en reste un nombre impair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would break etcd&apos;s quorum: of the %1 masters that would remain, only %2 are healthy, and etcd needs %3 for a majority. Wait until the masters are Ready and etcd is healthy.</source>
        <translation>
            <numerusform>Supprimer %n master romprait le quorum d&apos;etcd&#xa0;: sur les %1 masters restants, seuls %2 sont sains, et etcd en a besoin de %3 pour obtenir la majorité. Attendez que les masters soient prêts et qu&apos;etcd soit sain.</numerusform>
            <numerusform>Supprimer %n masters romprait le quorum d&apos;etcd&#xa0;: sur les %1 masters restants, seuls %2 sont sains, et etcd en a besoin de %3 pour obtenir la majorité. Attendez que les masters soient prêts et qu&apos;etcd soit sain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::LifecycleOperation</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La connexion au cluster a disparu.</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::RemoveServerOperation</name>
    <message numerus="yes">
        <source>The servers were not removed within %n minute(s).</source>
        <translation>
            <numerusform>Les serveurs n&apos;ont pas été supprimés en %n minute.</numerusform>
            <numerusform>Les serveurs n&apos;ont pas été supprimés en %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message numerus="yes">
        <source>Marking %n machine(s) for removal</source>
        <translation>
            <numerusform>Marquage de %n machine pour suppression</numerusform>
            <numerusform>Marquage de %n machines pour suppression</numerusform>
        </translation>
    </message>
    <message>
        <source>Draining %1</source>
        <translation>Drainage de %1</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not mark machine %1 for removal: %2</source>
        <translation>Impossible de marquer la machine %1 pour suppression&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n server(s) to go</source>
        <translation>
            <numerusform>En attente de la disparition de %n serveur</numerusform>
            <numerusform>En attente de la disparition de %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling %1 %2 down by %3</source>
        <translation>Réduction de %1&#xa0;%2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) removed: %1</source>
        <translation>
            <numerusform>%n serveur supprimé&#xa0;: %1</numerusform>
            <numerusform>%n serveurs supprimés&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::ReplaceMastersFlow</name>
    <message numerus="yes">
        <source>Step %1 did not finish within %n minute(s): %2. Nothing more was changed; the flow can be resumed.</source>
        <translation>
            <numerusform>L&apos;étape %1 ne s&apos;est pas terminée en %n minute&#xa0;: %2. Rien d&apos;autre n&apos;a été modifié&#xa0;; la procédure peut être reprise.</numerusform>
            <numerusform>L&apos;étape %1 ne s&apos;est pas terminée en %n minutes&#xa0;: %2. Rien d&apos;autre n&apos;a été modifié&#xa0;; la procédure peut être reprise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacing the masters with %1</source>
        <translation>Remplacement des masters par %1</translation>
    </message>
    <message numerus="yes">
        <source>Switch the masters to %1 and ask for %n master(s)</source>
        <translation>
            <numerusform>Passer les masters à %1 et demander %n master</numerusform>
            <numerusform>Passer les masters à %1 et demander %n masters</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the new masters are Ready and etcd is healthy</source>
        <translation>Attendre que les nouveaux masters soient prêts et qu&apos;etcd soit sain</translation>
    </message>
    <message>
        <source>Replace the old master %1 and wait for etcd</source>
        <translation>Remplacer l&apos;ancien master %1 et attendre etcd</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La connexion au cluster a disparu.</translation>
    </message>
    <message>
        <source>The cluster has no KubeadmControlPlane: its masters are not managed by Cluster API.</source>
        <translation>Le cluster n&apos;a pas de KubeadmControlPlane&#xa0;: ses masters ne sont pas gérés par Cluster API.</translation>
    </message>
    <message>
        <source>The cluster offers no machine template of size %1.</source>
        <translation>Le cluster ne propose aucun modèle de machine de taille %1.</translation>
    </message>
    <message>
        <source>Every master is already of size %1.</source>
        <translation>Tous les masters sont déjà de taille %1.</translation>
    </message>
    <message numerus="yes">
        <source>The masters were replaced: %n master(s) of size %1, etcd healthy.</source>
        <translation>
            <numerusform>Les masters ont été remplacés&#xa0;: %n master de taille %1, etcd sain.</numerusform>
            <numerusform>Les masters ont été remplacés&#xa0;: %n masters de taille %1, etcd sain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the control plane: %1</source>
        <translation>Impossible de lire le control plane&#xa0;: %1</translation>
    </message>
    <message>
        <source>The control plane could not be read.</source>
        <translation>Impossible de lire le control plane.</translation>
    </message>
    <message>
        <source>The control plane keeps changing under the flow; nothing was applied.</source>
        <translation>Le control plane ne cesse de changer pendant la procédure&#xa0;; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>The control plane refused the new size: %1</source>
        <translation>Le control plane a refusé la nouvelle taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>the control plane is not visible</source>
        <translation>le control plane n&apos;est pas visible</translation>
    </message>
    <message>
        <source>%1 of %2 masters Ready and healthy</source>
        <translation>%1 masters sur %2 prêts et sains</translation>
    </message>
    <message>
        <source>; etcd is not healthy yet</source>
        <translation>&#xa0;; etcd n&apos;est pas encore sain</translation>
    </message>
    <message>
        <source>Waiting for the new masters: %1</source>
        <translation>En attente des nouveaux masters&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting before replacing %1: %2</source>
        <translation>Attente avant le remplacement de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is being removed; %2</source>
        <translation>%1 est en cours de suppression&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1 removed; waiting for its replacement: %2</source>
        <translation>%1 supprimé&#xa0;; en attente de son remplaçant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove the old master %1: %2</source>
        <translation>Impossible de supprimer l&apos;ancien master %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the control plane does not show the new size yet</source>
        <translation>le control plane n&apos;indique pas encore la nouvelle taille</translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::ScaleChange</name>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La connexion au cluster a disparu.</translation>
    </message>
    <message>
        <source>Could not read the number of servers of %1 %2: %3</source>
        <translation>Impossible de lire le nombre de serveurs de %1&#xa0;%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2 has no replica count.</source>
        <translation>%1&#xa0;%2 n&apos;a pas de nombre de réplicas.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else: it now asks for %3 (it was %4). Nothing was applied.</source>
        <translation>%1&#xa0;%2 a été modifié par quelqu&apos;un d&apos;autre&#xa0;: il demande maintenant %3 (c&apos;était %4). Rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>The cluster refused to change %1 %2: %3</source>
        <translation>Le cluster a refusé de modifier %1&#xa0;%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not find out whether %1 %2 was changed: %3 Check it before trying again.</source>
        <translation>Impossible de savoir si %1&#xa0;%2 a été modifié&#xa0;: %3 Vérifiez-le avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 %2 still asks for %3 after %4 attempts to change it. Nothing was applied.</source>
        <translation>%1&#xa0;%2 demande toujours %3 après %4 tentatives de modification. Rien n&apos;a été appliqué.</translation>
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
        <translation>Choisissez combien de serveurs ajouter.</translation>
    </message>
    <message>
        <source>At most 100 servers can be added at once.</source>
        <translation>On ne peut pas ajouter plus de 100 serveurs à la fois.</translation>
    </message>
    <message>
        <source>This cluster does not offer Cluster API (cluster.x-k8s.io): servers cannot be added from here.</source>
        <translation>Ce cluster ne propose pas Cluster API (cluster.x-k8s.io)&#xa0;: impossible d&apos;ajouter des serveurs d&apos;ici.</translation>
    </message>
    <message>
        <source>The cluster offers no server size &quot;%1&quot;.</source>
        <translation>Le cluster ne propose pas de taille de serveur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This cluster&apos;s control plane is not managed by a KubeadmControlPlane: masters cannot be added from here.</source>
        <translation>Le control plane de ce cluster n&apos;est pas géré par un KubeadmControlPlane&#xa0;: impossible d&apos;ajouter des masters d&apos;ici.</translation>
    </message>
    <message>
        <source>All masters share one machine template: new masters are %1 like the existing ones. A larger size means replacing the masters.</source>
        <translation>Tous les masters partagent un modèle de machine&#xa0;: les nouveaux masters sont des %1 comme les existants. Une taille supérieure implique de remplacer les masters.</translation>
    </message>
    <message>
        <source>%1 masters is an even number: etcd needs a majority, so %1 masters survive no more failures than %2.</source>
        <extracomment>%1 is an even number of masters; the sentence explains etcd quorum</extracomment>
        <translation>%1 masters est un nombre pair&#xa0;: etcd a besoin d&apos;une majorité, donc %1 masters ne survivent pas à plus de pannes que %2.</translation>
    </message>
    <message>
        <source>Add %1 or %2.</source>
        <translation>Ajoutez-en %1 ou %2.</translation>
    </message>
    <message>
        <source>Add %1.</source>
        <translation>Ajoutez-en %1.</translation>
    </message>
    <message>
        <source>No Cluster API cluster was found to add workers to.</source>
        <translation>Aucun cluster Cluster API n&apos;a été trouvé auquel ajouter des workers.</translation>
    </message>
</context>
<context>
    <name>maestro::scaling::ScaleUpOperation</name>
    <message>
        <source>, node Ready</source>
        <translation>, nœud prêt</translation>
    </message>
    <message numerus="yes">
        <source>The new servers were not ready after %n minute(s). %1</source>
        <translation>
            <numerusform>Les nouveaux serveurs n&apos;étaient pas prêts au bout de %n minute. %1</numerusform>
            <numerusform>Les nouveaux serveurs n&apos;étaient pas prêts au bout de %n minutes. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La connexion au cluster a disparu.</translation>
    </message>
    <message>
        <source>Submitting the request</source>
        <translation>Envoi de la demande</translation>
    </message>
    <message>
        <source>Could not read the current number of servers: %1</source>
        <translation>Impossible de lire le nombre actuel de serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s Scale object has no replica count.</source>
        <translation>L&apos;objet Scale du cluster n&apos;a pas de nombre de réplicas.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else while adding servers: it now asks for %3 (it was %4). Nothing was applied; check the cluster and try again.</source>
        <translation>%1&#xa0;%2 a été modifié par quelqu&apos;un d&apos;autre pendant l&apos;ajout de serveurs&#xa0;: il demande maintenant %3 (c&apos;était %4). Rien n&apos;a été appliqué&#xa0;; vérifiez le cluster et réessayez.</translation>
    </message>
    <message>
        <source>The cluster refused to add servers: %1</source>
        <translation>Le cluster a refusé l&apos;ajout de serveurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cluster refused the new MachineDeployment: %1</source>
        <translation>Le cluster a refusé le nouveau MachineDeployment&#xa0;: %1</translation>
    </message>
    <message>
        <source>A MachineDeployment named %1 already exists; nothing was changed.</source>
        <translation>Un MachineDeployment nommé %1 existe déjà&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Provisioning %n server(s)</source>
        <translation>
            <numerusform>Provisionnement de %n serveur</numerusform>
            <numerusform>Provisionnement de %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Server %1 failed: %2</source>
        <translation>Échec du serveur %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation>
            <numerusform>%1 serveur prêt sur %n</numerusform>
            <numerusform>%1 serveurs prêts sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added and ready</source>
        <translation>
            <numerusform>%n serveur ajouté et prêt</numerusform>
            <numerusform>%n serveurs ajoutés et prêts</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not find out whether the servers were added: %1 Check %2 %3 before trying again.</source>
        <translation>Impossible de savoir si les serveurs ont été ajoutés&#xa0;: %1 Vérifiez %2&#xa0;%3 avant de réessayer.</translation>
    </message>
    <message>
        <source>Could not find out whether MachineDeployment %1 was created: %2 Check the cluster before trying again.</source>
        <translation>Impossible de savoir si le MachineDeployment %1 a été créé&#xa0;: %2 Vérifiez le cluster avant de réessayer.</translation>
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
        <translation>%1j</translation>
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
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>About Maestro Desktop</source>
        <translation>À propos de Maestro Desktop</translation>
    </message>
    <message>
        <source>Desktop administration of Kubernetes clusters.</source>
        <translation>Administration de clusters Kubernetes sur le bureau.</translation>
    </message>
    <message>
        <source>Free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with NO WARRANTY.</source>
        <translation>Logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure. Il est fourni SANS AUCUNE GARANTIE.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>maestro::ui::AdvisorPanel</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The advisor checks the cluster once its servers, pods and events are loaded.</source>
        <translation>Le conseiller vérifie le cluster dès que ses serveurs, pods et événements sont chargés.</translation>
    </message>
    <message>
        <source>No findings: the control plane is highly available and the workers have headroom.</source>
        <translation>Aucun constat&#xa0;: le control plane est hautement disponible et les workers ont de la marge.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), worst first.</source>
        <translation>
            <numerusform>%n constat, le plus grave en premier.</numerusform>
            <numerusform>%n constats, les plus graves en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the guided replacement of the masters: new masters of the larger size first, then the old ones one at a time.</source>
        <translation>Ouvre le remplacement guidé des masters&#xa0;: d&apos;abord de nouveaux masters de la taille supérieure, puis les anciens un par un.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ApplicationPage</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>ContainerCreating</source>
        <translation>Création du conteneur</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Application navigation</source>
        <translation>Navigation de l&apos;application</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>Request CPU</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>The type of a Kubernetes event: Warning or Normal</extracomment>
        <translation>Avertissement</translation>
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
        <translation>Événements</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Servers not added</source>
        <translation>Serveurs non ajoutés</translation>
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
        <translation>Ajout de %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Ajout terminé&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation>L&apos;ajout de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>maestro::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
</context>
<context>
    <name>maestro::ui::Commands</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>maestro::ui::DashboardPage</name>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Every cluster of your kubeconfig, and a simulated demo cluster. Open one with Enter or a double click.</source>
        <translation>Chaque cluster de votre kubeconfig, et un cluster de démonstration simulé. Ouvrez-en un avec Entrée ou un double-clic.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not ready, %2 under pressure</source>
        <translation>non prêts&#xa0;: %1, sous pression&#xa0;: %2</translation>
    </message>
    <message>
        <source>all servers healthy</source>
        <translation>tous les serveurs sont sains</translation>
    </message>
</context>
<context>
    <name>maestro::ui::DrainDialog</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Evicting</source>
        <translation>Éviction en cours</translation>
    </message>
    <message>
        <source>Waiting for its disruption budget</source>
        <translation>En attente de son budget de perturbation</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Arrêt en cours</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>Drainer %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Draining first marks %n server(s) unschedulable (cordon), so that no new pods start there. Then every pod is asked to move through the Eviction API, which respects disruption budgets: a pod whose budget allows no disruption now is asked again until it may go. DaemonSet and static pods stay. The servers stay cordoned afterwards, also when you stop the drain.</source>
        <translation>
            <numerusform>Le drainage marque d&apos;abord %n serveur comme non planifiable (cordon), pour qu&apos;aucun nouveau pod n&apos;y démarre. Ensuite, chaque pod est invité à partir via l&apos;API Eviction, qui respecte les budgets de perturbation&#xa0;: un pod dont le budget n&apos;autorise aucune perturbation pour l&apos;instant est sollicité à nouveau jusqu&apos;à ce qu&apos;il puisse partir. Les pods DaemonSet et les pods statiques restent. Le serveur reste ensuite isolé, même si vous arrêtez le drainage.</numerusform>
            <numerusform>Le drainage marque d&apos;abord %n serveurs comme non planifiables (cordon), pour qu&apos;aucun nouveau pod n&apos;y démarre. Ensuite, chaque pod est invité à partir via l&apos;API Eviction, qui respecte les budgets de perturbation&#xa0;: un pod dont le budget n&apos;autorise aucune perturbation pour l&apos;instant est sollicité à nouveau jusqu&apos;à ce qu&apos;il puisse partir. Les pods DaemonSet et les pods statiques restent. Les serveurs restent ensuite isolés, même si vous arrêtez le drainage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing drains %n server(s) first (see below), then marks each machine for deletion and lowers its group&apos;s server count by one, so that Cluster API deletes exactly these machines. Their cloud servers are released.</source>
        <translation>
            <numerusform>La suppression draine d&apos;abord %n serveur (voir ci-dessous), puis marque sa machine pour suppression et réduit de un le nombre de serveurs de son groupe, pour que Cluster API supprime exactement cette machine. Son serveur cloud est libéré.</numerusform>
            <numerusform>La suppression draine d&apos;abord %n serveurs (voir ci-dessous), puis marque chaque machine pour suppression et réduit de un le nombre de serveurs de son groupe, pour que Cluster API supprime exactement ces machines. Leurs serveurs cloud sont libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Delete local data: pods with emptyDir volumes lose it</source>
        <translation>Supprimer les données locales&#xa0;: les pods avec des volumes emptyDir les perdent</translation>
    </message>
    <message>
        <source>Delete pods without a controller: nothing re-creates them</source>
        <translation>Supprimer les pods sans contrôleur&#xa0;: rien ne les recrée</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>Abandonner après</translation>
    </message>
    <message>
        <source>Reading the pods on the server…</source>
        <translation>Lecture des pods du serveur…</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drainer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>local storage (emptyDir)</source>
        <translation>stockage local (emptyDir)</translation>
    </message>
    <message>
        <source>no controller</source>
        <translation>aucun contrôleur</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>allows no disruption now (%1 of %2 healthy needed): the drain waits</source>
        <translation>n&apos;autorise aucune perturbation pour l&apos;instant (%1 sains sur %2 requis)&#xa0;: le drainage attend</translation>
    </message>
    <message>
        <source>DaemonSet pod</source>
        <translation>pod DaemonSet</translation>
    </message>
    <message>
        <source>static pod</source>
        <translation>pod statique</translation>
    </message>
    <message>
        <source>Will move (%1)</source>
        <translation>À déplacer (%1)</translation>
    </message>
    <message>
        <source>Blocks or waits (%1)</source>
        <translation>Bloquants ou en attente (%1)</translation>
    </message>
    <message>
        <source>Stays on the server (%1)</source>
        <translation>Restent sur le serveur (%1)</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop evicting; the servers stay cordoned</source>
        <translation>Arrêter les évictions&#xa0;; les serveurs restent isolés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>maestro::ui::LifecycleActions</name>
    <message numerus="yes">
        <source>Cordon %n server(s)</source>
        <translation>
            <numerusform>Isoler %n serveur</numerusform>
            <numerusform>Isoler %n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n server(s)</source>
        <translation>
            <numerusform>Réintégrer %n serveur</numerusform>
            <numerusform>Réintégrer %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No new pods will be scheduled on %1. Pods already running there keep running. You can uncordon at any time.</source>
        <translation>Aucun nouveau pod ne sera planifié sur %1. Les pods qui s&apos;y exécutent déjà continuent de s&apos;exécuter. Vous pouvez annuler l&apos;isolement à tout moment.</translation>
    </message>
    <message>
        <source>New pods may be scheduled on %1 again.</source>
        <translation>De nouveaux pods peuvent à nouveau être planifiés sur %1.</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Isoler</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A replacement of the masters was interrupted; Resume continues it.</source>
        <translation>Un remplacement des masters a été interrompu&#xa0;; «&#xa0;Reprendre&#xa0;» le poursuit.</translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Warning: TLS verification is off</source>
        <translation>Avertissement&#xa0;: vérification TLS désactivée</translation>
    </message>
    <message>
        <source>TLS verification is off for this cluster: its kubeconfig says insecure-skip-tls-verify. Anyone between you and the cluster can read and change what you see and do.</source>
        <translation>La vérification TLS est désactivée pour ce cluster&#xa0;: son kubeconfig indique insecure-skip-tls-verify. Quiconque se trouve entre vous et le cluster peut lire et modifier ce que vous voyez et faites.</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Retry connecting now</source>
        <translation>Se reconnecter maintenant</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Fraîcheur des données</translation>
    </message>
    <message>
        <source>Cluster and server</source>
        <translation>Cluster et serveur</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>API latency</source>
        <translation>Latence de l&apos;API</translation>
    </message>
    <message>
        <source>Cannot open the cluster</source>
        <translation>Impossible d&apos;ouvrir le cluster</translation>
    </message>
    <message>
        <source>Dashboard › %1 › Application › %2</source>
        <translation>Tableau de bord › %1 › Application › %2</translation>
    </message>
    <message>
        <source>%1 — %2 — Maestro Desktop</source>
        <translation>%1 — %2 — Maestro Desktop</translation>
    </message>
    <message>
        <source>Loading %1: %2 servers, %3 pods, %4 events so far</source>
        <translation>Chargement de %1&#xa0;: %2 serveurs, %3 pods, %4 événements jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Enter a token…</source>
        <translation>Saisir un jeton…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) in the kubeconfig</source>
        <translation>
            <numerusform>%n cluster dans le kubeconfig</numerusform>
            <numerusform>%n clusters dans le kubeconfig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Mis à jour il y a %1</translation>
    </message>
    <message>
        <source>Stale: the live updates are down</source>
        <translation>Obsolète&#xa0;: les mises à jour en direct sont interrompues</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Switch Cluster…</source>
        <translation>&amp;Changer de cluster…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>&amp;Filter the List</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>Scale &amp;Up…</source>
        <translation>&amp;Mise à l&apos;échelle…</translation>
    </message>
    <message>
        <source>&amp;Reconnect Now</source>
        <translation>&amp;Reconnecter maintenant</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export History as &amp;CSV…</source>
        <translation>Exporter l&apos;historique en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Using the App</source>
        <translation>&amp;Utiliser l&apos;application</translation>
    </message>
    <message>
        <source>A &amp;Report Without a Window</source>
        <translation>Un rapport &amp;sans fenêtre</translation>
    </message>
    <message>
        <source>The &amp;Simulated Cluster with kubectl</source>
        <translation>Le cluster si&amp;mulé avec kubectl</translation>
    </message>
    <message>
        <source>The README is not installed on this computer.</source>
        <translation>Le README n&apos;est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;About Maestro Desktop</source>
        <translation>À &amp;propos de Maestro Desktop</translation>
    </message>
    <message>
        <source>Type a command or a page, for example &quot;scale up&quot;</source>
        <translation>Saisissez une commande ou une page, par exemple «&#xa0;mise à l&apos;échelle&#xa0;»</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulé</translation>
    </message>
    <message>
        <source>Switch to a cluster</source>
        <translation>Passer à un cluster</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>The README could not be opened.</source>
        <translation>Impossible d&apos;ouvrir le README.</translation>
    </message>
    <message>
        <source>Loading the cluster</source>
        <translation>Chargement du cluster</translation>
    </message>
    <message>
        <source>Adding servers</source>
        <translation>Ajout de serveurs</translation>
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
        <translation>Serveurs ajoutés</translation>
    </message>
    <message>
        <source>Servers not added</source>
        <translation>Serveurs non ajoutés</translation>
    </message>
    <message>
        <source>%1 (%2) ready.</source>
        <translation>%1 (%2) prêt.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <extracomment>a machine&apos;s name, its Cluster API phase, and the node&apos;s state</extracomment>
        <translation>%1&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>, node Ready</source>
        <translation>, nœud prêt</translation>
    </message>
    <message>
        <source>, node %1 joining</source>
        <translation>, nœud %1 en cours d&apos;intégration</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n server(s): %1 ready</source>
        <translation>
            <numerusform>Ajout de %n serveur (prêt&#xa0;: %1)</numerusform>
            <numerusform>Ajout de %n serveurs (prêts&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>API p50 %L1 ms · p99 %L2 ms</source>
        <translation>API p50 %L1 ms · p99 %L2 ms</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the export; a file that was there before stays as it was</source>
        <translation>Arrêter l&apos;exportation&#xa0;; un fichier déjà présent reste tel quel</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Enregistrement de %1</translation>
    </message>
    <message>
        <source>%1 of %2 series to %3</source>
        <extracomment>the CSV export: series written of all, then the file name</extracomment>
        <translation>%1 séries sur %2 vers %3</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export of %1 cancelled</source>
        <translation>Exportation de %1 annulée</translation>
    </message>
    <message>
        <source>%L1 of %L2 lists</source>
        <extracomment>the first load of a cluster: lists loaded of all, then the objects so far</extracomment>
        <translation>%L1 listes sur %L2</translation>
    </message>
    <message>
        <source>%L1 servers, %L2 pods, %L3 events so far</source>
        <translation>%L1 serveurs, %L2 pods, %L3 événements jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>maestro::ui::NodeDetailsWidget</name>
    <message>
        <source>Server details</source>
        <translation>Détails du serveur</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Sélectionnez un serveur pour voir ses détails.</translation>
    </message>
    <message>
        <source>Machine phase: %1. Its node appears here once it registers with the cluster.</source>
        <translation>Phase de la machine&#xa0;: %1. Son nœud apparaît ici dès qu&apos;il s&apos;enregistre auprès du cluster.</translation>
    </message>
    <message>
        <source>The server %1 is gone.</source>
        <translation>Le serveur %1 a disparu.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Taints</source>
        <translation>Taints</translation>
    </message>
    <message>
        <source>none (application pods may run here)</source>
        <translation>aucun (des pods applicatifs peuvent s&apos;exécuter ici)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>allocatable</source>
        <translation>allouable</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation>Pods (%1)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Isoler</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Drainer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>SchedulingDisabled: no new pods start here (cordoned).</source>
        <translation>Planification désactivée&#xa0;: aucun nouveau pod ne démarre ici (isolé).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Serveur d&apos;API</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <source>%1 dedicated, %2 shared</source>
        <translation>dédiés&#xa0;: %1, partagés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Servers not ready</source>
        <translation>Serveurs non prêts</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>%1 running, %2 pending, %3 in all</source>
        <translation>%1 en cours, %2 en attente, %3 au total</translation>
    </message>
    <message>
        <source>Warning events</source>
        <translation>Événements d&apos;avertissement</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>API latency (5 min)</source>
        <translation>Latence de l&apos;API (5 min)</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>aucune requête pour l&apos;instant</translation>
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
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when Maestro Desktop restarts.</source>
        <translation>Une nouvelle langue prend effet au redémarrage de Maestro Desktop.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>a number of seconds follows, as in &quot;15 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>CPU and memory use every:</source>
        <translation>Utilisation CPU et mémoire toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>etcd&apos;s slow-request log every:</source>
        <translation>Journal des requêtes lentes d&apos;etcd toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Servers, pods and events are watched: their changes arrive as they happen.</source>
        <translation>Les serveurs, pods et événements sont surveillés&#xa0;: leurs modifications arrivent en temps réel.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep history for:</source>
        <translation>Conserver l&apos;historique pendant&#xa0;:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>At most, per cluster:</source>
        <translation>Au plus, par cluster&#xa0;:</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Workers are short above:</source>
        <translation>Workers insuffisants au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Critically short above:</source>
        <translation>Gravement insuffisants au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>API slow when its p99 exceeds:</source>
        <translation>API lente quand son p99 dépasse&#xa0;:</translation>
    </message>
    <message>
        <source>Pods waiting for a server longer than:</source>
        <translation>Pods en attente d&apos;un serveur depuis plus de&#xa0;:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Desktop notifications for critical findings and finished operations</source>
        <translation>Notifications du bureau pour les constats critiques et les opérations terminées</translation>
    </message>
    <message>
        <source>This desktop offers no notification area: notifications stay in the window.</source>
        <translation>Ce bureau ne propose pas de zone de notification&#xa0;: les notifications restent dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ReplaceMastersDialog</name>
    <message>
        <source>Replace the masters</source>
        <translation>Remplacer les masters</translation>
    </message>
    <message>
        <source>A replacement of the masters with %1 was interrupted. It continues where it stopped; steps already done are checked, not repeated.</source>
        <translation>Un remplacement des masters par %1 a été interrompu. Il reprend là où il s&apos;est arrêté&#xa0;; les étapes déjà effectuées sont vérifiées, pas répétées.</translation>
    </message>
    <message numerus="yes">
        <source>The masters are replaced by %n master(s) of size %1. New masters of that size join first; once they are Ready and etcd is healthy, the old masters go one at a time, each replaced by a new one, so that etcd keeps its majority throughout. The cluster stays available; it takes several minutes per master.</source>
        <translation>
            <numerusform>Les masters sont remplacés par %n master de taille %1. Les nouveaux masters de cette taille rejoignent d&apos;abord le cluster&#xa0;; une fois qu&apos;ils sont prêts et qu&apos;etcd est sain, les anciens masters partent un par un, chacun remplacé par un nouveau, pour qu&apos;etcd garde sa majorité tout du long. Le cluster reste disponible&#xa0;; cela prend plusieurs minutes par master.</numerusform>
            <numerusform>Les masters sont remplacés par %n masters de taille %1. Les nouveaux masters de cette taille rejoignent d&apos;abord le cluster&#xa0;; une fois qu&apos;ils sont prêts et qu&apos;etcd est sain, les anciens masters partent un par un, chacun remplacé par un nouveau, pour qu&apos;etcd garde sa majorité tout du long. Le cluster reste disponible&#xa0;; cela prend plusieurs minutes par master.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Replace masters</source>
        <translation>Remplacer les masters</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a step of the master replacement and its state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop after the current request; the flow can be resumed later</source>
        <translation>Arrêter après la requête en cours&#xa0;; la procédure pourra être reprise plus tard</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ResourceTablePage</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Tous les namespaces</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Avertissements seulement</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ScaleUpWizard</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What the new servers will do.</source>
        <translation>Ce que feront les nouveaux serveurs.</translation>
    </message>
    <message>
        <source>Server size</source>
        <translation>Taille du serveur</translation>
    </message>
    <message>
        <source>The sizes this cluster offers.</source>
        <translation>Les tailles que propose ce cluster.</translation>
    </message>
    <message>
        <source>— not recommended for Kubernetes</source>
        <translation>— déconseillé pour Kubernetes</translation>
    </message>
    <message>
        <source>All masters share one machine template, so new masters have the masters&apos; current size (%1). A larger size means replacing the masters.</source>
        <translation>Tous les masters partagent un modèle de machine&#xa0;: les nouveaux masters ont donc la taille actuelle des masters (%1). Une taille supérieure implique de remplacer les masters.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Sizes under 2 vCPU or 2 GiB are not recommended: Kubernetes itself needs that much.</source>
        <translation>Les tailles inférieures à 2 vCPU ou 2 GiB sont déconseillées&#xa0;: Kubernetes lui-même en a besoin.</translation>
    </message>
    <message>
        <source>This cluster offers no server sizes (no Cluster API machine templates were found).</source>
        <translation>Ce cluster ne propose aucune taille de serveur (aucun modèle de machine Cluster API trouvé).</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>How many servers to add.</source>
        <translation>Combien de serveurs ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) in all: </source>
        <translation>
            <numerusform>%n master en tout&#xa0;: </numerusform>
            <numerusform>%n masters en tout&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cluster survives %n master failure(s).</source>
        <translation>
            <numerusform>le cluster survit à la panne de %n master.</numerusform>
            <numerusform>le cluster survit à la panne de %n masters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) of this size will be added.</source>
        <translation>
            <numerusform>%n worker de cette taille sera ajouté.</numerusform>
            <numerusform>%n workers de cette taille seront ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Add Server.</source>
        <translation>Rien n&apos;est modifié avant que vous n&apos;appuyiez sur Ajouter le serveur.</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Through</source>
        <extracomment>Review row: the Cluster API object through which the servers are added</extracomment>
        <translation>Via</translation>
    </message>
    <message>
        <source>a new MachineDeployment %1</source>
        <translation>un nouveau MachineDeployment %1</translation>
    </message>
    <message>
        <source>Projected utilisation</source>
        <translation>Utilisation prévue</translation>
    </message>
    <message>
        <source>unknown (no metrics)</source>
        <translation>inconnue (aucune métrique)</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Ajouter le serveur</translation>
    </message>
    <message>
        <source>A worker runs only application pods. Add workers when the application needs room, or to take it off a shared master.</source>
        <translation>Un worker n&apos;exécute que des pods applicatifs. Ajoutez des workers quand l&apos;application a besoin de place, ou pour la retirer d&apos;un master partagé.</translation>
    </message>
    <message>
        <source>Masters run the control plane (API server, scheduler, etcd). High availability needs at least three, and always an odd number.</source>
        <translation>Les masters exécutent le control plane (serveur d&apos;API, scheduler, etcd). La haute disponibilité exige au moins trois masters, et toujours un nombre impair.</translation>
    </message>
    <message>
        <source>Number of servers</source>
        <translation>Nombre de serveurs</translation>
    </message>
    <message>
        <source>Summary of the servers to add</source>
        <translation>Récapitulatif des serveurs à ajouter</translation>
    </message>
    <message>
        <source>The cluster connection is gone.</source>
        <translation>La connexion au cluster a disparu.</translation>
    </message>
    <message>
        <source>%1 %2: %L3 → %L4 replicas</source>
        <translation>%1&#xa0;%2&#xa0;: %L3 → %L4 réplicas</translation>
    </message>
    <message>
        <source>masters run only the control plane: application load stays at CPU %1, memory %2</source>
        <translation>les masters n&apos;exécutent que le control plane&#xa0;: la charge applicative reste à CPU %1, mémoire %2</translation>
    </message>
    <message>
        <source>CPU %1, memory %2 of the schedulable servers</source>
        <translation>CPU %1, mémoire %2 des serveurs planifiables</translation>
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
        <translation>Master partagé</translation>
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
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>NotReady</source>
        <translation>Non prêt</translation>
    </message>
    <message>
        <source>MemoryPressure</source>
        <translation>Pression mémoire</translation>
    </message>
    <message>
        <source>DiskPressure</source>
        <translation>Pression disque</translation>
    </message>
    <message>
        <source>PIDPressure</source>
        <translation>Pression PID</translation>
    </message>
    <message>
        <source>SchedulingDisabled</source>
        <translation>Planification désactivée</translation>
    </message>
    <message>
        <source>provisioning</source>
        <extracomment>The Size column of a server being added, until its node registers</extracomment>
        <translation>en provisionnement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Last 30 min</source>
        <extracomment>Column of the Servers table: a small chart of the last 30 minutes</extracomment>
        <translation>30 dernières min</translation>
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
        <translation>Âge</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ServersPage</name>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>+ Scale up</source>
        <translation>+ Mise à l&apos;échelle</translation>
    </message>
    <message>
        <source>Scale up: add servers</source>
        <translation>Mise à l&apos;échelle&#xa0;: ajouter des serveurs</translation>
    </message>
    <message>
        <source>Add Master or Worker servers (Ctrl+Shift+A)</source>
        <translation>Ajouter des serveurs master ou worker (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>Filtrer les serveurs</translation>
    </message>
    <message>
        <source>Filter by name, size or status</source>
        <translation>Filtrer par nom, taille ou statut</translation>
    </message>
    <message>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <source>Shared masters</source>
        <translation>Masters partagés</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Being added</source>
        <translation>En cours d&apos;ajout</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Isoler</translation>
    </message>
    <message>
        <source>Stop scheduling new pods on the selected servers</source>
        <translation>Ne plus planifier de nouveaux pods sur les serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <source>Allow new pods on the selected servers again</source>
        <translation>Autoriser de nouveau les nouveaux pods sur les serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>Drainer…</translation>
    </message>
    <message>
        <source>Move every pod off the selected servers</source>
        <translation>Déplacer tous les pods hors des serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Drain the selected servers, then remove their machines</source>
        <translation>Drainer les serveurs sélectionnés, puis supprimer leurs machines</translation>
    </message>
    <message>
        <source>Resume master replacement…</source>
        <translation>Reprendre le remplacement des masters…</translation>
    </message>
    <message>
        <source>Continue the interrupted replacement of the masters</source>
        <translation>Poursuivre le remplacement interrompu des masters</translation>
    </message>
</context>
<context>
    <name>maestro::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+K opens the command palette: every command by name, with or without a shortcut.</source>
        <translation>Ctrl+K ouvre la palette de commandes&#xa0;: chaque commande par son nom, avec ou sans raccourci.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>separates the alternative shortcuts of one command</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>Scale Up Wizard and Dialogs</source>
        <translation>Assistant de mise à l&apos;échelle et boîtes de dialogue</translation>
    </message>
    <message>
        <source>The highlighted button (Next, Add Server, OK)</source>
        <translation>Le bouton mis en évidence (Suivant, Ajouter le serveur, OK)</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Annuler et fermer</translation>
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
        <translation>7 jours</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher les dernières %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Follow the present (Home)</source>
        <translation>Suivre le présent (Début)</translation>
    </message>
    <message>
        <source>Filter nodes</source>
        <translation>Filtrer les nœuds</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) in range</source>
        <translation>
            <numerusform>%Ln événement dans la plage</numerusform>
            <numerusform>%Ln événements dans la plage</numerusform>
        </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Click an event to see its details.</source>
        <translation>Cliquez sur un événement pour voir ses détails.</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Show this server</source>
        <translation>Afficher ce serveur</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nœud&#xa0;:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Nombre&#xa0;:</translation>
    </message>
    <message>
        <source>First seen:</source>
        <translation>Vu en premier&#xa0;:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Vu en dernier&#xa0;:</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(aucun motif)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(the cluster)</source>
        <translation>(le cluster)</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelineView</name>
    <message>
        <source>Events timeline</source>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <source>Wheel: zoom around the pointer. Shift+wheel: move in time. Drag: move. + and -: zoom. Left and Right: move. Home: back to the present. Up and Down: lanes. Tab: next event. Enter: select.</source>
        <translation>Molette&#xa0;: zoomer autour du pointeur. Maj+molette&#xa0;: se déplacer dans le temps. Glisser&#xa0;: déplacer. + et -&#xa0;: zoomer. Gauche et Droite&#xa0;: déplacer. Début&#xa0;: revenir au présent. Haut et Bas&#xa0;: lignes. Tab&#xa0;: événement suivant. Entrée&#xa0;: sélectionner.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Events of the cluster as a whole</source>
        <translation>Événements du cluster dans son ensemble</translation>
    </message>
    <message>
        <source>%1 (double-click to show the server)</source>
        <translation>%1 (double-cliquez pour afficher le serveur)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1&#xa0;: %L2</translation>
    </message>
    <message>
        <source>Double-click to zoom in</source>
        <translation>Double-cliquez pour zoomer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s), %1 – %2</source>
        <translation>
            <numerusform>%Ln fois, %1 – %2</numerusform>
            <numerusform>%Ln fois, %1 – %2</numerusform>
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
        <translation>disparu</translation>
    </message>
    <message>
        <source>No lane matches the node filter</source>
        <translation>Aucune ligne ne correspond au filtre de nœuds</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Aucun événement dans cette plage</translation>
    </message>
</context>
<context>
    <name>maestro::ui::TokenDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>%1 refused the credentials of your kubeconfig.</source>
        <translation>%1 a refusé les identifiants de votre kubeconfig.</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <source>Keep it in the keychain</source>
        <translation>Le conserver dans le trousseau</translation>
    </message>
    <message>
        <source>Keep it (no keychain is available: only until Maestro Desktop quits)</source>
        <translation>Le conserver (aucun trousseau disponible&#xa0;: seulement jusqu&apos;à la fermeture de Maestro Desktop)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
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
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no history to export.</source>
        <translation>Il n&apos;y a pas d&apos;historique à exporter.</translation>
    </message>
    <message>
        <source>The history was closed before the export finished.</source>
        <translation>L&apos;historique a été fermé avant la fin de l&apos;exportation.</translation>
    </message>
</context>
<context>
    <name>maestro::ui::UtilisationPage</name>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher les dernières %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Follow the present (Home)</source>
        <translation>Suivre le présent (Début)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Series shown in the charts</source>
        <translation>Séries affichées dans les graphiques</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
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
        <translation>CPU (% de l&apos;allouable)</translation>
    </message>
    <message>
        <source>Memory (% of allocatable)</source>
        <translation>Mémoire (% de l&apos;allouable)</translation>
    </message>
    <message>
        <source>API latency of this app (ms)</source>
        <extracomment>Chart title: latency of the requests this app sends to the cluster&apos;s API server</extracomment>
        <translation>Latence de l&apos;API pour cette application (ms)</translation>
    </message>
    <message>
        <source>All masters</source>
        <translation>Tous les masters</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Tous les workers</translation>
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
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <extracomment>The dashed line of the utilisation charts; %1 is a percentage (&quot;75%&quot;)</extracomment>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>Nothing was lost: a file that was there before is unchanged. You can save the same export somewhere else.</source>
        <translation>Rien n&apos;a été perdu&#xa0;: un fichier déjà présent est inchangé. Vous pouvez enregistrer la même exportation ailleurs.</translation>
    </message>
    <message>
        <source>Save Elsewhere…</source>
        <translation>Enregistrer ailleurs…</translation>
    </message>
</context>
</TS>
