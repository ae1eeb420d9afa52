#pragma once

#include "core/content/content_library.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QSplitter;

namespace legease::ui {

class ArticleBrowser;
class BenefitListModel;

// The Benefits page: the articles in order on the left, the chosen one on the right with its
// evidence grade, its routine and a Start button that stays in view while the text scrolls.
class BenefitsView : public QWidget {
    Q_OBJECT

public:
    explicit BenefitsView(const core::ContentLibrary& library, QWidget* parent = nullptr);

    // Selects and shows a benefit. Returns false, changing nothing, when there is no such one.
    bool showBenefit(const QString& benefitId);
    // By the number shown in the list, 1 for the first (what `--benefit N` asks for).
    bool showBenefitNumber(int order);
    QString currentBenefit() const;  // its id, empty when nothing is loaded
    // Shows the library again after it was loaded again, on the same article where it still is.
    void reloadContent();

    QListView* listView() const { return m_list; }
    ArticleBrowser* browser() const { return m_browser; }
    QPushButton* startButton() const { return m_start; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* evidenceLabel() const { return m_evidence; }
    QLabel* routineLabel() const { return m_routine; }

Q_SIGNALS:
    void startRoutine(const QString& routineId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showRow(int row);
    void showFacts(bool evidence, bool routine);
    void styleStartButton();
    void sizeSplitter();

    const core::ContentLibrary& m_library;
    BenefitListModel* m_model;
    QSplitter* m_splitter;
    QListView* m_list;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_evidenceName;
    QLabel* m_evidence;
    QLabel* m_routineName;
    QLabel* m_routine;
    QPushButton* m_start;
    ArticleBrowser* m_browser;
    QString m_current;
    bool m_sized = false;
    bool m_firstArticle = false;  // while the article shown at construction is chosen
};

}  // namespace legease::ui
