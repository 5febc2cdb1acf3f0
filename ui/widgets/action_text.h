// actionText: an action's text as a sentence, without mnemonic ampersands or a trailing ellipsis.
#pragma once

#include <QString>

class QAction;

namespace atelier {

// "&Open Project…" -> "Open Project": for buttons and the command palette.
QString plainActionText(const QAction *action);

} // namespace atelier
