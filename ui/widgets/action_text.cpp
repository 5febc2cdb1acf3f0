// actionText: strips what only makes sense in a menu.
#include "ui/widgets/action_text.h"

#include <QAction>
#include <QRegularExpression>

namespace atelier {

QString plainActionText(const QAction *action)
{
    QString text = action->text();
    // Chinese and Japanese menus append the mnemonic in brackets, "新建项目(&N)": drop it whole.
    static const QRegularExpression appendedMnemonic(QStringLiteral("\\(&[^&]\\)"));
    text.remove(appendedMnemonic);
    // "&&" stands for a literal ampersand; any other "&" marks the mnemonic.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&')
            text.remove(i, 1);
    }
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

} // namespace atelier
