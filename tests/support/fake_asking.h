#pragma once

#include "ui/asking.h"

#include <QStringList>

#include <deque>

// Answers LegEase's questions as a test scripts them, and remembers what was asked: the answers
// are taken in order, and when none is left the careful one is given (Cancel, no, nothing).
class FakeAsking final : public legease::ui::Asking {
public:
    std::deque<Unsaved> unsavedAnswers;
    std::deque<bool> confirmAnswers;
    std::deque<QString> files;  // for fileToOpen and fileToSave

    QStringList asked;     // every question and message, "kind: title: text"
    std::vector<legease::core::Problems> problemLists;

    Unsaved unsavedChanges(QWidget*, const QString& title) override
    {
        asked << QStringLiteral("unsaved: ") + title;
        return take(unsavedAnswers, Unsaved::Cancel);
    }
    bool confirm(QWidget*, const QString& title, const QString& text, const QString& yes) override
    {
        asked << QStringLiteral("confirm: %1: %2 [%3]").arg(title, text, yes);
        return take(confirmAnswers, false);
    }
    void tell(QWidget*, const QString& title, const QString& text) override
    {
        asked << QStringLiteral("tell: %1: %2").arg(title, text);
    }
    void showProblems(QWidget*, const QString& title, const QString& intro, const legease::core::Problems& problems) override
    {
        asked << QStringLiteral("problems: %1: %2").arg(title, intro);
        problemLists.push_back(problems);
    }
    QString fileToOpen(QWidget*, const QString& title, const QString&) override
    {
        asked << QStringLiteral("open: ") + title;
        return take(files, QString());
    }
    QString fileToSave(QWidget*, const QString& title, const QString& suggested, const QString&) override
    {
        asked << QStringLiteral("save: %1: %2").arg(title, suggested);
        return take(files, QString());
    }

private:
    template <typename T>
    static T take(std::deque<T>& answers, T otherwise)
    {
        if (answers.empty())
            return otherwise;
        T answer = answers.front();
        answers.pop_front();
        return answer;
    }
};
