#pragma once

#include <QObject>
#include <QString>

namespace legease::ui {

// Sound and voice (Qt Multimedia, Qt TextToSpeech) and the History page (Qt Charts) are plugins,
// loaded the first time they are needed: linked into the app, their libraries and everything
// behind them (Qt Network, PulseAudio, codecs) would be loaded and relocated before main() on
// every start, for a session or a chart that may never be opened.

// <bin>/../lib/<multiarch>/legease/plugins: the same relative place in the build tree and in an
// installed tree (see src/ui/plugins.cmake), so a relocated install still finds its plugins.
QString pluginsFolder();

// Looks for plugins in `folder` from now on; an empty folder restores pluginsFolder(). For tests
// that need a plugin to be missing.
void setPluginsFolder(const QString& folder);

// The root object of the plugin `name` (a file name without ".so"), loaded once and kept for the
// rest of the run; nullptr when it is missing or broken, with `problem` saying why (for the log).
QObject* loadPlugin(const QString& name, QString* problem);

// The same, as the interface the plugin must provide.
template <class Interface>
Interface* loadPlugin(const QString& name, QString* problem)
{
    QObject* root = loadPlugin(name, problem);
    auto* found = qobject_cast<Interface*>(root);
    if (root && !found && problem)
        *problem = QStringLiteral("%1 does not provide %2").arg(name, QString::fromLatin1(qobject_interface_iid<Interface*>()));
    return found;
}

}  // namespace legease::ui
