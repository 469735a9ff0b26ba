#include "sync/synccommand.h"

int main(int argc, char **argv)
{
    return Dorfplatz::SyncCommand::run(argc, argv);
}
