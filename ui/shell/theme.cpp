// Theme: both themes share one style sheet template whose @tokens are replaced by each theme's
// colours, so a rule is written once and no theme can miss it.
#include "ui/shell/theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <utility>

namespace atelier {

namespace {

struct Colors
{
    const char *window;        // docks, menus, status bar
    const char *base;          // documents, inputs
    const char *alternateBase;
    const char *text;
    const char *muted;         // secondary text
    const char *disabled;
    const char *button;
    const char *selection;     // selected rows: a tint, so that coloured icons stay visible
    const char *inactiveSelection;
    const char *accent;        // progress, the current tab, focus
    const char *light, *midlight, *mid, *dark, *shadow;
    const char *link;
    const char *border;
    const char *hover;
    const char *toolTip;
};

// Light: close to the light themes of current IDEs; dark: a neutral grey, documents darkest.
constexpr Colors LightColors{
    .window = "#f7f8fa", .base = "#ffffff", .alternateBase = "#f7f8fa", .text = "#1f2328",
    .muted = "#656d76", .disabled = "#a0a7b1", .button = "#ffffff", .selection = "#d4e2fc",
    .inactiveSelection = "#e3e7ee", .accent = "#2f6feb", .light = "#ffffff", .midlight = "#e6e8ec",
    .mid = "#c4c9d1", .dark = "#9aa1ab", .shadow = "#7d848e", .link = "#2463d6", .border = "#e0e3e8",
    .hover = "#eceff3", .toolTip = "#ffffff"};

constexpr Colors DarkColors{
    .window = "#2b2d30", .base = "#1e1f22", .alternateBase = "#26282b", .text = "#dfe1e5",
    .muted = "#9da0a8", .disabled = "#6f737a", .button = "#393b40", .selection = "#2e436e",
    .inactiveSelection = "#393b40", .accent = "#3574f0", .light = "#4a4d52", .midlight = "#3a3d41",
    .mid = "#4e5157", .dark = "#18191b", .shadow = "#0f1011", .link = "#6ea2ff", .border = "#1e1f22",
    .hover = "#35373b", .toolTip = "#393b40"};

QString g_current;

QColor color(const char *hex)
{
    return QColor(QLatin1String(hex));
}

QPalette paletteFor(const Colors &c)
{
    QPalette p;
    const std::pair<QPalette::ColorRole, const char *> roles[] = {
        {QPalette::Window, c.window}, {QPalette::WindowText, c.text}, {QPalette::Base, c.base},
        {QPalette::AlternateBase, c.alternateBase}, {QPalette::Text, c.text}, {QPalette::Button, c.button},
        {QPalette::ButtonText, c.text}, {QPalette::BrightText, c.text},
        {QPalette::Highlight, c.selection}, {QPalette::HighlightedText, c.text},
        {QPalette::Light, c.light}, {QPalette::Midlight, c.midlight}, {QPalette::Mid, c.mid},
        {QPalette::Dark, c.dark}, {QPalette::Shadow, c.shadow}, {QPalette::Link, c.link},
        {QPalette::LinkVisited, c.link}, {QPalette::ToolTipBase, c.toolTip}, {QPalette::ToolTipText, c.text},
        {QPalette::PlaceholderText, c.muted},
    };
    for (const auto &[role, hex] : roles)
        p.setColor(role, color(hex));
    p.setColor(QPalette::Inactive, QPalette::Highlight, color(c.inactiveSelection));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, color(c.disabled));
    p.setColor(QPalette::Disabled, QPalette::Highlight, color(c.inactiveSelection));
    return p;
}

QString styleSheetFor(const Colors &c)
{
    QFile file(QStringLiteral(":/styles/shell.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString sheet = QString::fromUtf8(file.readAll());
    // A token that begins a longer one (@mid, @midlight) comes after it.
    const std::pair<const char *, const char *> tokens[] = {
        {"@selection", c.selection}, {"@disabled", c.disabled}, {"@midlight", c.midlight},
        {"@toolTip", c.toolTip}, {"@window", c.window}, {"@border", c.border}, {"@accent", c.accent},
        {"@muted", c.muted}, {"@hover", c.hover}, {"@base", c.base}, {"@text", c.text},
        {"@link", c.link}, {"@mid", c.mid},
    };
    for (const auto &[token, value] : tokens)
        sheet.replace(QLatin1String(token), QLatin1String(value));
    return sheet;
}

} // namespace

void Theme::apply(const QString &name)
{
    const bool isDark = name == dark();
    const Colors &colors = isDark ? DarkColors : LightColors;
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(paletteFor(colors));
    qApp->setStyleSheet(styleSheetFor(colors));
    g_current = isDark ? dark() : light();
}

QString Theme::current()
{
    return g_current.isEmpty() ? light() : g_current;
}

} // namespace atelier
