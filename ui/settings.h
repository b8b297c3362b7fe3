#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Entente {

/// The switch shared by every Preference: off means defaults are read and writes dropped.
class PreferenceSwitch
{
public:
    static bool enabled() { return s_enabled; }
    static void setEnabled(bool on) { s_enabled = on; }

private:
    static inline bool s_enabled = true;
};

/// A typed QSettings value (after Tiled's Preference<T>): `Preference<QSize> size{"Key"}`.
/// When settings are disabled (--settings-free, screenshots, tests) reads give the default
/// and writes are dropped, so the user's saved state is neither read nor changed.
template<typename T>
class Preference : public PreferenceSwitch
{
public:
    explicit Preference(const char *key, T defaultValue = T())
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }

    T get() const
    {
        if (!enabled())
            return m_default;
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.template value<T>() : m_default;
    }
    void set(const T &value) const
    {
        if (enabled())
            QSettings().setValue(m_key, QVariant::fromValue(value));
    }
    operator T() const { return get(); }
    const Preference &operator=(const T &value) const
    {
        set(value);
        return *this;
    }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

/// Entente's saved preferences.
struct Settings
{
    /// Turns reading and writing of every preference on or off.
    static void setEnabled(bool on) { PreferenceSwitch::setEnabled(on); }
    static bool isEnabled() { return PreferenceSwitch::enabled(); }

    static inline const Preference<QByteArray> windowGeometry{"MainWindow/Geometry"};
    static inline const Preference<QByteArray> windowState{"MainWindow/State"};
    static inline const Preference<QByteArray> readerSplitterState{"Reader/SplitterState"};
    static inline const Preference<QStringList> openArticles{"Reader/OpenArticles"};
    static inline const Preference<int> currentPane{"Reader/CurrentPane", -1};
    /// "system", "light" or "dark".
    static inline const Preference<QString> colorScheme{"View/ColorScheme", QStringLiteral("system")};
};

} // namespace Entente
