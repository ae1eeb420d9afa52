#include "ui/benefits/benefit_list_model.h"

namespace legease::ui {

QString evidenceWord(core::Evidence evidence)
{
    switch (evidence) {
    case core::Evidence::Strong:
        return BenefitListModel::tr("strong");
    case core::Evidence::Moderate:
        return BenefitListModel::tr("moderate");
    case core::Evidence::Limited:
        return BenefitListModel::tr("limited");
    case core::Evidence::Anecdotal:
        break;
    }
    return BenefitListModel::tr("anecdotal");
}

QString evidenceMeaning(core::Evidence evidence)
{
    switch (evidence) {
    case core::Evidence::Strong:
        return BenefitListModel::tr("many well-run studies agree");
    case core::Evidence::Moderate:
        return BenefitListModel::tr("several controlled studies point the same way");
    case core::Evidence::Limited:
        return BenefitListModel::tr("a few small studies, with mixed or early results");
    case core::Evidence::Anecdotal:
        break;
    }
    return BenefitListModel::tr("mostly people's own experience, with little research so far");
}

BenefitListModel::BenefitListModel(const core::ContentLibrary& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
}

void BenefitListModel::reload()
{
    beginResetModel();
    endResetModel();
}

int BenefitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_library.benefits().size());
}

QVariant BenefitListModel::data(const QModelIndex& index, int role) const
{
    const core::Benefit* benefit = index.isValid() ? benefitAt(index.row()) : nullptr;
    if (!benefit)
        return {};
    const QString evidence = tr("Evidence: %1").arg(evidenceWord(benefit->evidence));
    switch (role) {
    case Qt::DisplayRole:
        // The title alone, so typing its first letters in the list finds it.
        return benefit->title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(benefit->title, benefit->summary);  // the list may cut both short
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1. %2. %3 %4.").arg(QString::number(index.row() + 1), benefit->title, benefit->summary, evidence);
    case IdRole:
        return benefit->id;
    case NumberRole:
        return index.row() + 1;
    case SummaryRole:
        return benefit->summary;
    case EvidenceRole:
        return evidence;
    case RoutineRole:
        return benefit->routine;
    default:
        return {};
    }
}

const core::Benefit* BenefitListModel::benefitAt(int row) const
{
    const auto& benefits = m_library.benefits();
    return row >= 0 && row < int(benefits.size()) ? &benefits[std::size_t(row)] : nullptr;
}

int BenefitListModel::rowOf(const QString& benefitId) const
{
    const auto& benefits = m_library.benefits();
    for (std::size_t row = 0; row < benefits.size(); ++row)
        if (benefits[row].id == benefitId)
            return int(row);
    return -1;
}

}  // namespace legease::ui
