#include "ui/shell/application.h"

int main(int argc, char **argv)
{
    return Dorfplatz::runApplication(argc, argv);
}
