#pragma once

#include "model/edtf.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Entente {

/**
 * One office held by an official over a span of time. Dates are EDTF; an invalid @c to means
 * the office is still held (open end), an invalid @c from means the start is not known.
 * Uncertain dates (`2021-08-03?`) are kept as such; heldOn() uses their stated value.
 */
struct Office
{
    QString title;   ///< e.g. "President of Iraq", "Foreign Minister of Iran"
    QString country; ///< ISO 3166 alpha-2 of the state the office belongs to
    EdtfDate from;   ///< first day held; invalid = unknown
    EdtfDate to;     ///< last day held; invalid = open (still held)
    bool acting = false;
    QString note;
    QString source; ///< where the dates were checked (free text: sites, article ids)

    /**
     * True when the office was held on @p d: from.earliest() <= d (an unknown start counts
     * as "before d") and, unless the end is open, d <= to.latest(). A month- or year-precision
     * boundary therefore counts as held for the whole month or year.
     */
    bool heldOn(QDate d) const
    {
        if (!d.isValid())
            return false;
        if (from.isValid() && d < from.earliest())
            return false;
        if (to.isValid() && d > to.latest())
            return false;
        return true;
    }

    /// True when the office was held on any day of [@p first, @p last].
    bool heldDuring(QDate first, QDate last) const
    {
        if (!first.isValid() || !last.isValid())
            return false;
        if (from.isValid() && last < from.earliest())
            return false;
        if (to.isValid() && first > to.latest())
            return false;
        return true;
    }

    /// "President of Iraq (acting)" when acting, else the title.
    QString displayTitle() const;

    friend bool operator==(const Office &a, const Office &b)
    {
        return a.title == b.title && a.country == b.country && a.from == b.from && a.to == b.to
            && a.acting == b.acting && a.note == b.note && a.source == b.source;
    }
};

/**
 * A person in the gazetteer: a fixed id (slug), the display name, the country (ISO alpha-2),
 * the names the matcher looks for, and the offices held.
 *
 * Name lists: @c aliases are Latin-script full names and distinctive single names that
 * identify the person on their own; @c arabicNames and @c persianNames the same in Arabic
 * and Persian script; @c surnames are short forms ("Rashid", "Hussein") that only identify
 * the person when the article has named them in full before (or with an office title).
 */
struct Official
{
    QString id;
    QString name;
    QString country;
    QStringList aliases;
    QStringList arabicNames;
    QStringList persianNames;
    QStringList surnames;
    QList<Office> offices;

    bool isNull() const { return id.isEmpty(); }

    /// Offices held on @p d, in the order listed.
    QList<Office> officesOn(QDate d) const
    {
        QList<Office> result;
        for (const Office &o : offices) {
            if (o.heldOn(d))
                result.append(o);
        }
        return result;
    }

    /// Offices held on any day of [@p first, @p last].
    QList<Office> officesDuring(QDate first, QDate last) const
    {
        QList<Office> result;
        for (const Office &o : offices) {
            if (o.heldDuring(first, last))
                result.append(o);
        }
        return result;
    }

    /// The office held on @p d, else the one that ended most recently before it, else the
    /// first listed; nullptr when the person has no office.
    const Office *currentOrLatestOffice(QDate d) const;

    /// Every name form the matcher uses (aliases, Arabic, Persian, surnames), the display
    /// name first.
    QStringList allNames() const;

    friend bool operator==(const Official &a, const Official &b)
    {
        return a.id == b.id && a.name == b.name && a.country == b.country && a.aliases == b.aliases
            && a.arabicNames == b.arabicNames && a.persianNames == b.persianNames
            && a.surnames == b.surnames && a.offices == b.offices;
    }
};

} // namespace Entente

Q_DECLARE_METATYPE(Entente::Official)
