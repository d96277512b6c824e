// SPDX-License-Identifier: GPL-3.0-or-later
// The app in German, as a German admin sees it: the real MainWindow over the demo
// cluster, the Servers page and every page of the + Scale up wizard, once in English and
// once in German. Every text a person reads (labels, buttons, tooltips, table headers and
// cells, list items) is gathered by where it sits; a German text that reads exactly as
// its English twin must consist only of names from the cluster, units and the
// Kubernetes words German admins keep ("Pod", "Master", "Worker", "Cluster", ...).
// Numbers follow the language too: a decimal comma and German percentages ("47 %").
// Saves the German Servers page as servers-de.png.

#include "app/clusters/ClusterRegistry.h"
#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScalePlan.h"
#include "ui/application/ApplicationPage.h"
#include "ui/i18n/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/scaleup/ScaleUpWizard.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"

#include "WindowTestMain.h"

#include "tests/ui/TestArtifacts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>
#include <QWizard>
#include <QWizardPage>

#include <memory>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int SyncTimeoutMs = 30000;

/// Words a German text may share with the English one: units, abbreviations, and the
/// Kubernetes vocabulary German admins use as it is. Anything else reading the same in
/// both languages is English left behind.
const QSet<QString> &sharedWords()
{
    static const QSet<QString> words{
        // units and abbreviations
        u"gib"_s, u"mib"_s, u"vcpu"_s, u"cpu"_s, u"ms"_s, u"min"_s, u"s"_s, u"h"_s, u"m"_s, u"d"_s,
        u"p50"_s, u"p99"_s, u"api"_s, u"tls"_s, u"http"_s, u"https"_s, u"png"_s, u"csv"_s,
        u"ctrl"_s, u"shift"_s, u"n"_s, u"a"_s,
        // Kubernetes words kept in German, and German words that read as in English
        u"pod"_s, u"pods"_s, u"master"_s, u"worker"_s, u"cluster"_s, u"etcd"_s, u"namespace"_s,
        u"taints"_s, u"kubelet"_s, u"kubeconfig"_s, u"token"_s, u"server"_s, u"status"_s, u"name"_s,
        u"version"_s, u"filter"_s, u"dashboard"_s, u"live"_s, u"normal"_s, u"info"_s,
        u"navigation"_s, u"demo"_s, u"maestro"_s, u"desktop"_s, u"scheduler"_s,
        u"machinedeployment"_s, u"kubeadmcontrolplane"_s, u"memorypressure"_s, u"diskpressure"_s,
        u"pidpressure"_s};
    return words;
}

/// Words that are English and never German: one of them in a German text is a miss,
/// whatever else the text says.
const QSet<QString> &englishOnlyWords()
{
    static const QSet<QString> words{
        u"the"_s,     u"and"_s,     u"of"_s,      u"to"_s,     u"is"_s,          u"are"_s,
        u"not"_s,     u"with"_s,    u"for"_s,     u"add"_s,    u"loading"_s,     u"ready"_s,
        u"servers"_s, u"masters"_s, u"workers"_s, u"ago"_s,    u"updated"_s,     u"pending"_s,
        u"running"_s, u"next"_s,    u"back"_s,    u"cancel"_s, u"size"_s,        u"role"_s,
        u"count"_s,   u"review"_s,  u"scale"_s,   u"memory"_s, u"age"_s,         u"connected"_s,
        u"select"_s,  u"details"_s, u"all"_s,     u"roles"_s,  u"provisioning"_s};
    return words;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}][\\p{L}\\p{N}]*"_s);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words << it.next().captured().toLower();
    return words;
}

/// Digits vary between the two runs (ages, loads); the words around them must not.
QString normalised(const QString &text)
{
    static const QRegularExpression digits(u"[0-9]+([.,][0-9]+)?"_s);
    return QString(text).replace(digits, u"#"_s).simplified();
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    // Not toPlainText(): it turns no-break spaces into plain ones, and the number formats
    // are part of what a German reader sees.
    QString raw = QTextDocumentFragment::fromHtml(text).toRawText();
    for (QChar separator : {QChar(QChar::ParagraphSeparator), QChar(QChar::LineSeparator),
                            QChar(0xfdd0), QChar(0xfdd1)}) // the last two: frames (tables)
        raw.replace(separator, u'\n');
    return raw;
}

/// Where a widget sits: class and objectName (or index among same-class siblings) of
/// each ancestor up to the window, the same in both runs.
QString pathOf(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty()) {
            part += u'#' + o->objectName();
        } else if (o->parent()) {
            int index = 0;
            for (const QObject *sibling : o->parent()->children()) {
                if (sibling == o)
                    break;
                index += sibling->metaObject() == o->metaObject() ? 1 : 0;
            }
            part += u'[' + QString::number(index) + u']';
        }
        parts.prepend(part);
    }
    return parts.join(u'/');
}

using Texts = QMap<QString, QString>; ///< where -> what a person reads there

void add(Texts &texts, const QString &where, const QString &text)
{
    const QString shown = plain(text).trimmed();
    if (!shown.isEmpty())
        texts.insert(where, shown);
}

void collectModel(Texts &texts, const QString &where, const QAbstractItemModel *model,
                  const QModelIndex &parent = {}, int depth = 0)
{
    if (!model || depth > 3)
        return;
    for (int column = 0; column < model->columnCount(parent); ++column)
        add(texts, where + u"/header"_s + QString::number(column),
            model->headerData(column, Qt::Horizontal).toString());
    const int rows = std::min(model->rowCount(parent), 50);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QString cell = where + u"/%1.%2/%3"_s.arg(depth).arg(row).arg(column);
            add(texts, cell, index.data(Qt::DisplayRole).toString());
            add(texts, cell + u"/tip"_s, index.data(Qt::ToolTipRole).toString());
        }
        collectModel(texts, where, model, model->index(row, 0, parent), depth + 1);
    }
}

/// Every text a person reads in the visible widgets under root.
Texts collect(QWidget *root, const QString &prefix)
{
    Texts texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString where = prefix + pathOf(w);
        add(texts, where + u"/tooltip"_s, w->toolTip());
        add(texts, where + u"/accessibleName"_s, w->accessibleName());
        if (w->isWindow())
            add(texts, where + u"/title"_s, w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(texts, where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(texts, where, button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(texts, where + u"/placeholder"_s, edit->placeholderText());
        else if (auto *text = qobject_cast<QTextEdit *>(w))
            add(texts, where, text->toPlainText());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(texts, where, group->title());
        else if (auto *page = qobject_cast<QWizardPage *>(w)) {
            add(texts, where + u"/title"_s, page->title());
            add(texts, where + u"/subTitle"_s, page->subTitle());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, where + u"/tab"_s + QString::number(i), tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, where + u"/item"_s + QString::number(i), combo->itemText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            if (!qobject_cast<QHeaderView *>(view))
                collectModel(texts, where, view->model());
        }
        if (auto *toolbar = qobject_cast<QToolBar *>(w)) {
            for (QAction *action : toolbar->actions()) {
                if (!action->isVisible() || action->isSeparator())
                    continue;
                add(texts, where + u"/action:"_s + action->objectName(), action->text());
                add(texts, where + u"/action:"_s + action->objectName() + u"/tip"_s,
                    action->toolTip());
            }
        }
    }
    return texts;
}

/// Names the cluster gives its objects: the same in every language.
QSet<QString> clusterWords(const ClusterConnection *connection)
{
    QSet<QString> words;
    auto take = [&words](const QString &text) {
        for (const QString &word : wordsOf(text))
            words.insert(word);
    };
    for (const NodeInfo &node : connection->nodes()->items()) {
        take(node.meta.name);
        take(node.instanceType);
        take(node.machineName);
        take(node.kubeletVersion);
        take(node.osImage);
    }
    for (const MachineDeploymentInfo &md : connection->machineDeployments()->items())
        take(md.meta.name);
    for (const scaling::ServerSize &size : scaling::availableSizes(*connection)) {
        take(size.instanceType);
        take(size.diskType); // "ssd", "standard": the machine template's words
    }
    return words;
}

} // namespace

class tst_GermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serversPageAndWizardAreGerman();

private:
    /// The demo cluster's Servers page and the wizard's pages in one language; the
    /// German run also saves its screenshot.
    Texts visit(const QString &language, QSet<QString> *names);
};

Texts tst_GermanUi::visit(const QString &language, QSet<QString> *names)
{
    installTranslations(language);
    ClusterRegistry registry; // after the translations: its entries' names are translated
    registry.load();
    registry.setDemoOptions(QStringLiteral("shared-master"), 60);
    MainWindow window(&registry);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    window.openCluster(QStringLiteral("demo"), ApplicationPage::Section::Servers);
    ClusterConnection *demo = registry.connection(QStringLiteral("demo"));
    if (!demo)
        return {};
    auto *table = window.findChild<QAbstractItemView *>(u"serversTable"_s);
    const bool loaded = QTest::qWaitFor(
        [&] {
            return demo->state() == ClusterConnection::State::Connected && table &&
                   table->isVisible() && table->model()->rowCount() >= 1;
        },
        SyncTimeoutMs);
    if (!loaded) {
        qWarning() << "the Servers page did not load:" << int(demo->state()) << table
                   << (table ? table->isVisible() : false)
                   << (table ? table->model()->rowCount() : -1);
        return {};
    }
    QTest::qWait(500); // one more round of updates: status bar, charts, advisor
    *names += clusterWords(demo);
    Texts texts = collect(&window, u"window/"_s);
    // A server's capacity, where decimals show (only those lines: the rest of its details
    // are the cluster's own English event messages).
    auto *servers = window.findChild<ServersPage *>(u"serversPage"_s);
    auto *details = window.findChild<QTextEdit *>(u"nodeDetails"_s);
    const QString first = table->model()->index(0, 0).data(ServersModel::KeyRole).toString();
    if (!servers || !details || first.isEmpty())
        return {};
    servers->selectServer(first);
    if (!QTest::qWaitFor([&] { return details->toPlainText().contains(u"GiB"_s); }, 5000))
        return {};
    const QStringList detailLines = details->toPlainText().split(u'\n');
    for (int i = 0; i < detailLines.size(); ++i) {
        if (detailLines[i].contains(u"GiB"_s))
            add(texts, u"details/line%1"_s.arg(i), detailLines[i]);
    }
    if (language == u"de" && !test::saveArtifact(&window, u"servers-de.png"_s))
        qWarning("servers-de.png could not be written");

    // + Scale up: the role, size, count and review pages.
    auto *scaleUp = window.findChild<QAbstractButton *>(u"scaleUpButton"_s);
    if (!scaleUp)
        return texts;
    QTest::mouseClick(scaleUp, Qt::LeftButton);
    QPointer<ScaleUpWizard> wizard;
    if (!QTest::qWaitFor(
            [&] {
                wizard = window.findChild<ScaleUpWizard *>(u"scaleUpWizard"_s);
                return wizard && wizard->isVisible();
            },
            5000))
        return texts;
    for (int page = 0; page < 4 && wizard; ++page) {
        if (page == 1) { // a size must be chosen to go on: the first one offered
            auto *sizes = wizard->findChild<QListWidget *>(u"sizeList"_s);
            for (int i = 0; sizes && i < sizes->count(); ++i) {
                if (sizes->item(i)->flags() & Qt::ItemIsEnabled) {
                    sizes->setCurrentItem(sizes->item(i));
                    break;
                }
            }
        }
        texts.insert(collect(wizard, u"wizard%1/"_s.arg(page)));
        if (language == u"de" && page == 0 && !test::saveArtifact(wizard, u"scaleup-de.png"_s))
            qWarning("scaleup-de.png could not be written");
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        if (page < 3 && next && next->isVisible() && next->isEnabled())
            QTest::mouseClick(next, Qt::LeftButton);
    }
    texts.insert(u"wizardPages"_s, QString::number(wizard ? wizard->currentId() : -1));
    if (wizard)
        wizard->reject();
    return texts;
}

void tst_GermanUi::serversPageAndWizardAreGerman()
{
    QSet<QString> names;
    const Texts english = visit(u"en"_s, &names);
    QVERIFY2(english.size() > 50, "the English Servers page did not load");
    const Texts german = visit(u"de"_s, &names);
    QVERIFY2(german.size() > 50, "the German Servers page did not load");
    installTranslations(u"en"_s);
    // Both runs reached the wizard's review page (id 3).
    QCOMPARE(english.value(u"wizardPages"_s), u"3"_s);
    QCOMPARE(german.value(u"wizardPages"_s), u"3"_s);

    // What a German admin must see, in the places they look first.
    QStringList germanTexts = german.values();
    germanTexts.replaceInStrings(QRegularExpression(u"&(?!&)"_s), QString()); // accelerators
    for (const QString &expected :
         {u"+ Hochskalieren"_s, u"Server"_s, u"Rolle"_s, u"Größe"_s, u"Speicher"_s,
          u"Alle Rollen"_s, u"Bereit"_s, u"Geteilter Master"_s, u"Übersicht"_s,
          u"Server hinzufügen"_s, u"Servergröße"_s, u"Abbrechen"_s, u"Weiter >"_s}) {
        QVERIFY2(germanTexts.contains(expected),
                 qPrintable(u"no \"%1\" on the German page or wizard"_s.arg(expected)));
    }

    // Numbers as German writes them: a decimal comma where English has a point, and the
    // percent sign after a no-break space, never by hand ("47%", "47 %").
    const QRegularExpression germanPercent(u"\\d\u00a0%"_s);
    const QRegularExpression handPlacedPercent(u"\\d ?%"_s);
    const QRegularExpression decimalComma(u"\\d,\\d"_s);
    const QRegularExpression decimalPoint(u"\\d\\.\\d"_s);
    QStringList percentOnPage, percentInWizard, decimalCommas, handPlaced;
    QString reviewPath;
    for (const QString &key : german.keys()) {
        if (key.startsWith(u"wizard3/"_s) && key.endsWith(u"#reviewSummary"_s))
            reviewPath = key.mid(8);
    }
    for (auto it = german.cbegin(); it != german.cend(); ++it) {
        if (it.value().contains(germanPercent))
            (it.key().startsWith(u"wizard"_s) ? percentInWizard : percentOnPage) << it.key();
        if (it.value().contains(handPlacedPercent))
            handPlaced << u"%1: \"%2\""_s.arg(it.key(), it.value());
        if (it.value().contains(decimalComma) && english.value(it.key()).contains(decimalPoint))
            decimalCommas << it.key();
    }
    QVERIFY2(!percentOnPage.isEmpty(), "no German percentage on the Servers page");
    QVERIFY2(!percentInWizard.isEmpty(),
             qPrintable(u"no German percentage in the wizard's review: "_s +
                        german.value(u"wizard3/"_s + reviewPath)));
    QVERIFY2(!decimalCommas.isEmpty(), "no decimal comma on the German Servers page");
    QVERIFY2(handPlaced.isEmpty(),
             qPrintable(u"percent signs not in German form:\n  "_s + handPlaced.join(u"\n  "_s)));

    QStringList english_left;
    int compared = 0;
    for (auto it = german.cbegin(); it != german.cend(); ++it) {
        const QString &text = it.value();
        QStringList foreign;
        for (const QString &word : wordsOf(text)) {
            if (englishOnlyWords().contains(word) && !names.contains(word))
                foreign << word;
        }
        const auto twin = english.constFind(it.key());
        if (twin != english.cend() && normalised(*twin) == normalised(text)) {
            ++compared;
            for (const QString &word : wordsOf(text)) {
                if (!sharedWords().contains(word) && !names.contains(word) &&
                    !foreign.contains(word))
                    foreign << word;
            }
        }
        if (!foreign.isEmpty())
            english_left << u"%1: \"%2\" (%3)"_s.arg(it.key(), text, foreign.join(u", "_s));
    }
    if (qEnvironmentVariableIsSet("MAESTRO_DUMP_TEXTS")) {
        for (auto it = german.cbegin(); it != german.cend(); ++it)
            qInfo().noquote() << it.key() << "=" << it.value() << "|" << english.value(it.key());
    }
    QVERIFY2(compared > 10, "too few texts in the same places to compare");
    QVERIFY2(english_left.isEmpty(),
             qPrintable(u"English left in the German UI:\n  "_s + english_left.join(u"\n  "_s)));
}

int main(int argc, char *argv[])
{
    return runWindowTest<tst_GermanUi>(argc, argv, QStringLiteral("tst_GermanUi"));
}

#include "tst_GermanUi.moc"
