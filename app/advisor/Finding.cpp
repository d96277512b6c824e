// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/advisor/Finding.h"

#include <QJsonArray>

namespace maestro::advisor {

namespace {

const char *const kVerdicts[] = {
    QT_TRANSLATE_NOOP("maestro::advisor::Verdict", "High availability"),
    QT_TRANSLATE_NOOP("maestro::advisor::Verdict", "Reduced availability"),
    QT_TRANSLATE_NOOP("maestro::advisor::Verdict", "Needs attention"),
};

} // namespace

QString Finding::severityKey(Severity severity)
{
    switch (severity) {
    case Info:
        return QStringLiteral("info");
    case Warning:
        return QStringLiteral("warning");
    case Critical:
        return QStringLiteral("critical");
    }
    return {};
}

QString Finding::severityText(Severity severity)
{
    switch (severity) {
    case Info:
        //: severity of an advisor finding
        return tr("Info");
    case Warning:
        //: severity of an advisor finding
        return tr("Warning");
    case Critical:
        //: severity of an advisor finding
        return tr("Critical");
    }
    return {};
}

QString Finding::actionText() const
{
    if (action.isEmpty())
        return {};
    const QString size = action.size.isEmpty() ? tr("a size of your choice") : action.size;
    // All masters share one machine template: a new size replaces them all.
    if (id == FindingId::MasterUndersized)
        return tr("Replace the masters with %n master(s) of size %1", nullptr, action.count)
            .arg(size);
    if (action.role == u"master")
        return tr("Add %n master(s) of size %1", nullptr, action.count).arg(size);
    return tr("Add %n worker(s) of size %1", nullptr, action.count).arg(size);
}

QJsonObject Finding::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("severity"), severityKey(severity)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)},
        {QStringLiteral("action"), QJsonObject{{QStringLiteral("role"), action.role},
                                               {QStringLiteral("size"), action.size},
                                               {QStringLiteral("count"), action.count}}},
        {QStringLiteral("explanation"), explanation},
    };
    if (startedAt.isValid())
        json.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODate));
    return json;
}

Verdict verdictFor(const QList<Finding> &findings, int masters)
{
    Finding::Severity worst = Finding::Info;
    for (const Finding &finding : findings)
        worst = std::max(worst, finding.severity);
    if (worst == Finding::Critical)
        return Verdict::NeedsAttention;
    if (worst == Finding::Warning)
        return Verdict::ReducedAvailability;
    return masters >= 3 && masters % 2 == 1 ? Verdict::HighAvailability
                                            : Verdict::ReducedAvailability;
}

QString verdictText(Verdict verdict)
{
    return QCoreApplication::translate("maestro::advisor::Verdict", kVerdicts[int(verdict)]);
}

QString verdictKey(Verdict verdict)
{
    return QString::fromLatin1(kVerdicts[int(verdict)]);
}

} // namespace maestro::advisor
