// tableside-server: everything lives in the tableside_server library (cli/commandline.cpp).
#include "commandline.h"

int main(int argc, char *argv[])
{
    return tableside::server::runCommandLine(argc, argv);
}
