#pragma once

#include "core/content/content_library.h"

#include <QAbstractListModel>

namespace legease::ui {

// The evidence grade as a word ("moderate") and what that grade means, in plain words, so people
// can weigh an article without knowing how research is graded.
QString evidenceWord(core::Evidence evidence);
QString evidenceMeaning(core::Evidence evidence);

// The benefit articles of a library in reading order, one row each. The number people see is the
// row plus one rather than the pack's `order`, because packs loaded together may repeat or skip
// orders and the list must still count 1, 2, 3.
class BenefitListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // QString
        NumberRole,                 // int, 1 for the first row
        SummaryRole,                // QString
        EvidenceRole,               // QString, "Evidence: moderate"
        RoutineRole,                // QString, the routine's id
    };

    explicit BenefitListModel(const core::ContentLibrary& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again, after the content was loaded again.
    void reload();

    const core::Benefit* benefitAt(int row) const;
    int rowOf(const QString& benefitId) const;  // -1 when there is no such benefit

private:
    const core::ContentLibrary& m_library;
};

}  // namespace legease::ui
