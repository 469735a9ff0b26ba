#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Dorfplatz {

class PinPrompt;

// dorfplatz --add-account NAME [--role lead|care|guide]: the first Leitung account (or any other)
// made from a shell, before anyone can sign in on the screen. Asks for the PIN twice (PinPrompt),
// writes the account and its audit entry into app.db in the data folder, and says in plain
// German what went wrong. Exit codes: 0 made, 1 refused or not written, 2 a wrong role.
class AddAccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::AddAccountCommand)

public:
    static int run(const QString &dataDir, const QString &name, const QString &role,
                   PinPrompt &pins, QTextStream &out);
};

} // namespace Dorfplatz
