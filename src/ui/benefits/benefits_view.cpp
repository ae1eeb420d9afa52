#include "ui/benefits/benefits_view.h"

#include "ui/benefits/article_browser.h"
#include "ui/benefits/benefit_delegate.h"
#include "ui/benefits/benefit_list_model.h"
#include "ui/text_label.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace legease::ui {
namespace {

double luminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Many palettes pair a mid-tone accent with white text, which is hard to read on a button whose
// style lightens it further; this darkens (or lightens) the accent until the words stand out.
QColor readableBehind(QColor background, const QColor& text)
{
    const bool lightText = luminance(text) > 0.5;
    for (int step = 0; step < 12 && contrast(background, text) < 4.8; ++step)
        background = lightText ? background.darker(110) : background.lighter(110);
    return background;
}

QString lengthWords(int seconds)
{
    if (seconds < 60)
        return QApplication::translate("legease::ui::BenefitsView", "under a minute");
    const int minutes = (seconds + 30) / 60;
    return QApplication::translate("legease::ui::BenefitsView", "about %n minute(s)", nullptr, minutes);
}

}  // namespace

BenefitsView::BenefitsView(const core::ContentLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new BenefitListModel(library, this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_list(new QListView)
    // The heading above the article is drawn as plain labels, not selectable ones: this page is
    // the first paint, and selectable labels would add about 7 % to it (docs/performance.md). The
    // article's own text below stays selectable.
    , m_title(textLabel(1.6, true, TextSelection::None))
    , m_summary(textLabel(kLeadTextScale, false, TextSelection::None))
    , m_evidenceName(new QLabel(tr("Evidence:")))
    , m_evidence(textLabel(1.0, false, TextSelection::None))
    , m_routineName(new QLabel(tr("Routine:")))
    , m_routine(textLabel(1.0, false, TextSelection::None))
    , m_start(new QPushButton(tr("Start this routine")))
    , m_browser(new ArticleBrowser)
{
    m_list->setItemDelegate(new BenefitDelegate(m_list));
    m_list->setAccessibleName(tr("Benefit articles"));
    m_list->setAccessibleDescription(tr("Choose an article to read it. Enter moves to the article's text."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The scroll bar always keeps its room, so the rows are measured at one width: measured
    // without it and again with it, every title and summary was laid out twice before the first
    // paint (docs/performance.md). Ten articles fill the list in all but the tallest windows.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);  // without it a change of width alone would not remeasure the rows
    m_list->setMinimumWidth(220);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->installEventFilter(this);
    // The model comes last: with rows in it, changing the scroll mode lays out and measures every
    // row at once, at a width the list does not have yet, and it is done again when it is shown.
    m_list->setModel(m_model);

    // What the article rests on and the routine it leads to, each after its name in bold.
    auto* facts = new QGridLayout;
    facts->setHorizontalSpacing(fontMetrics().averageCharWidth());
    facts->setVerticalSpacing(0);
    // Row by row, name then value: a screen reader reads them in the order they were added.
    int row = 0;
    for (const auto& [name, value] : {std::pair{m_evidenceName, m_evidence}, std::pair{m_routineName, m_routine}}) {
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        facts->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignTop);
        facts->addWidget(value, row++, 1);
    }
    facts->setColumnStretch(1, 1);

    m_start->setDefault(true);
    m_start->setMinimumHeight(40);
    QFont startFont = m_start->font();
    startFont.setBold(true);
    m_start->setFont(startFont);
    styleStartButton();

    m_browser->setAccessibleName(tr("Article text"));
    m_browser->setMinimumHeight(120);

    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch();

    // Lines of about a hundred characters read comfortably; on a wide window the article keeps
    // to that and leaves the rest empty rather than stretching every line.
    auto* column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 100 + 110);
    auto* articleLayout = new QVBoxLayout(column);
    articleLayout->setContentsMargins(24, 18, 24, 16);
    articleLayout->setSpacing(8);
    articleLayout->addWidget(m_title);
    articleLayout->addWidget(m_summary);
    articleLayout->addLayout(facts);
    articleLayout->addSpacing(4);
    articleLayout->addLayout(startRow);
    articleLayout->addSpacing(4);
    articleLayout->addWidget(m_browser, 1);
    auto* article = new QWidget;
    auto* articleRow = new QHBoxLayout(article);
    articleRow->setContentsMargins(0, 0, 0, 0);
    articleRow->addWidget(column, 1);
    articleRow->addStretch(0);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(article);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setFocusProxy(m_list);
    setTabOrder(m_list, m_start);
    setTabOrder(m_start, m_browser);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showRow(current.row()); });
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (const core::Benefit* benefit = m_library.benefit(m_current); benefit && m_library.routine(benefit->routine))
            Q_EMIT startRoutine(benefit->routine);
    });

    // The first article opens by itself once the page is shown (a long one after its first paint).
    m_firstArticle = true;
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    else
        showRow(-1);
    m_firstArticle = false;
}

bool BenefitsView::showBenefit(const QString& benefitId)
{
    const int row = m_model->rowOf(benefitId);
    if (row < 0)
        return false;
    // Asked for by name, an article still waiting to be shown is shown at once.
    if (row == m_list->currentIndex().row() && m_browser->hasPendingArticle())
        showRow(row);
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    return true;
}

bool BenefitsView::showBenefitNumber(int order)
{
    const core::Benefit* benefit = m_model->benefitAt(order - 1);
    return benefit && showBenefit(benefit->id);
}

QString BenefitsView::currentBenefit() const
{
    return m_current;
}

void BenefitsView::reloadContent()
{
    const QString current = m_current;
    m_model->reload();
    if (!showBenefit(current))
        showRow(m_model->rowCount() > 0 ? 0 : -1);
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
}

void BenefitsView::showRow(int row)
{
    const core::Benefit* benefit = m_model->benefitAt(row);
    if (!benefit) {
        m_current.clear();
        m_title->setText(tr("No articles to show"));
        m_summary->setText(tr("None of the loaded content holds a benefit article. If you expected some, a content pack "
                              "may have been left out because of a problem; the Help menu lists any."));
        showFacts(false, false);
        m_start->setEnabled(false);
        m_browser->clearArticle();
        return;
    }

    m_current = benefit->id;
    m_title->setText(benefit->title);
    m_summary->setText(benefit->summary);
    //: The evidence line: its grade, then what the grade means.
    m_evidence->setText(tr("%1 — %2").arg(evidenceWord(benefit->evidence), evidenceMeaning(benefit->evidence)));
    const core::Routine* routine = m_library.routine(benefit->routine);
    if (routine) {
        //: The routine line: its name, then how long its massage lasts ("about 13 minutes").
        m_routine->setText(tr("%1 · %2 of massage").arg(routine->title, lengthWords(core::routineSeconds(*routine))));
    }
    showFacts(true, routine != nullptr);
    m_start->setEnabled(routine != nullptr);
    m_start->setToolTip(routine ? tr("Begin “%1”").arg(routine->title) : QString());
    m_start->setAccessibleDescription(routine ? routine->title : QString());
    if (m_firstArticle)
        m_browser->showFirstArticle(*benefit);
    else
        m_browser->showArticle(*benefit);
}

void BenefitsView::showFacts(bool evidence, bool routine)
{
    m_evidenceName->setVisible(evidence);
    m_evidence->setVisible(evidence);
    m_routineName->setVisible(routine);
    m_routine->setVisible(routine);
}

void BenefitsView::styleStartButton()
{
    // The accent colour of whatever palette is in use, so the one action on the page stands out
    // in light and dark alike. Disabled keeps the ordinary look.
    QPalette accent = palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = accent.color(group, QPalette::HighlightedText);
        accent.setColor(group, QPalette::Button, readableBehind(accent.color(group, QPalette::Highlight), text));
        accent.setColor(group, QPalette::ButtonText, text);
    }
    m_start->setPalette(accent);
}

bool BenefitsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentIndex().isValid()) {
            showRow(m_list->currentIndex().row());
            m_browser->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BenefitsView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Until the page is first shown, the list follows the width the page will be shown at. The
    // resize arrives just before the list is shown, which is when the list lays out and measures
    // its rows: sized only in showEvent, after that, it measured them once more at a stale width.
    if (!m_sized)
        sizeSplitter();
}

void BenefitsView::showEvent(QShowEvent* event)
{
    // The list gets about a third of the first width it is shown at, within what its items need;
    // after that the splitter is the person's to move.
    if (!m_sized) {
        m_sized = true;
        sizeSplitter();
    }
    QWidget::showEvent(event);
}

void BenefitsView::sizeSplitter()
{
    const int list = std::clamp(width() * 32 / 100, m_list->minimumWidth(), 340);
    m_splitter->setSizes({list, std::max(1, width() - list)});
}

void BenefitsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        styleStartButton();
    QWidget::changeEvent(event);
}

}  // namespace legease::ui
