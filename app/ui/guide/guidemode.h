#pragma once

#include "core/accounts/auditlog.h"
#include "core/config/configdraft.h"
#include "core/streams/radiobrowser.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Dorfplatz {

struct ActiveConfig;
class Clock;
class ConfigVersions;
class EntryListScreen;
class GuideHomeScreen;
struct KioskConfig;
class PlayerProvider;
class Screen;
class Theme;
class UsbSticks;

// What guide mode works with, made by the kiosk (the shell).
struct GuideServices
{
    ConfigDraft *draft = nullptr;
    ConfigVersions *versions = nullptr;
    AuditLog *audit = nullptr; // may be null
    // The configuration in use now (it changes with every publication).
    std::function<const ActiveConfig &()> active;
    // Loads the newly published version and puts it on every screen (KioskApp::applyPublished).
    std::function<bool()> applyPublished;
    // Puts a screen up in staff mode (taken away when staff mode ends), and takes it away.
    std::function<void(Screen *)> show;
    std::function<void(Screen *)> close;
    // The residents' home screen as a configuration would make it, for "Vorschau".
    std::function<Screen *(const KioskConfig &)> preview;
    UsbSticks *sticks = nullptr;       // may be null: no pictures from a stick
    QString syncProgram;               // dorfplatz-sync, for a calendar's "Jetzt testen"
    PlayerProvider *players = nullptr; // may be null: no "Probehören"
};

// The guides' way through: their home, the lists and editors, "Vorschau", "Veröffentlichen" and
// the versions. Every edit goes into the draft (ConfigDraft), begun from the configuration in
// use when there is none; publishing checks it with the kiosk's own loader, makes it the newest
// version (ConfigVersions), writes the audit log and puts it on the screen without a restart.
class GuideMode : public QObject
{
    Q_OBJECT

public:
    GuideMode(const Theme &theme, const Clock &clock, GuideServices services,
              QObject *parent = nullptr);
    ~GuideMode() override;

    // The guide home, for the guide or Leitung who signed in.
    void open(const Actor &by);
    GuideHomeScreen *home() const;
    // The station directory (radio-browser.info), on the servers of kiosk.json's
    // "stationDirectory" (none: found by DNS); kept here so that the click of an adopted station
    // is reported even when the guide leaves the finder at once.
    RadioBrowser &directory() { return m_directory; }
    // After a publication: the directory's servers may have changed.
    void configChanged();

Q_SIGNALS:
    // A version was published or restored and is on the screen now.
    void published(int number);

private:
    bool ensureDraft();
    void refreshHome(const QString &message = {});
    void openPage(int page);
    void openList(ConfigDraft::List kind);
    void openEditor(EntryListScreen *list, ConfigDraft::List kind, const QString &id);
    void openFinder(EntryListScreen *list);
    void openBackup();
    void openAppearance();
    void openVersions();
    void preview();
    void publish();
    void discard();
    // A new version was published (the draft, a restored or an imported one): on the screen.
    bool goLive();
    void restore(int number, Screen *screen);

    const Theme &m_theme;
    const Clock &m_clock;
    GuideServices m_services;
    Actor m_actor;
    QPointer<GuideHomeScreen> m_home;
    QNetworkAccessManager m_network;
    RadioBrowser m_directory{m_network};
};

} // namespace Dorfplatz
