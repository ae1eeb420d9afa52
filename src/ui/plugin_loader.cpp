#include "ui/plugin_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace legease::ui {
namespace {

QString& folderOverride()
{
    static QString folder;
    return folder;
}

}  // namespace

QString pluginsFolder()
{
    if (!folderOverride().isEmpty())
        return folderOverride();
    // Baked in at configure time as a path relative to the binary's folder, never an absolute one.
    return QDir::cleanPath(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(LEGEASE_PLUGINS_FROM_BIN)));
}

void setPluginsFolder(const QString& folder)
{
    folderOverride() = folder;
}

QObject* loadPlugin(const QString& name, QString* problem)
{
    const QString file = QDir(pluginsFolder()).filePath(name + QStringLiteral(".so"));
    if (!QFileInfo::exists(file)) {
        if (problem)
            *problem = QStringLiteral("%1 is missing").arg(QDir::toNativeSeparators(file));
        return nullptr;
    }
    // QPluginLoader shares one loaded library and root object per file, however often it is asked.
    QPluginLoader loader(file);
    QObject* root = loader.instance();
    if (!root && problem)
        *problem = loader.errorString();
    return root;
}

}  // namespace legease::ui
