#pragma once

#include <QString>

#include <cstdio>
#include <optional>

namespace Dorfplatz {

// Reads a PIN for a command-line program: from a terminal with the echo off (the prompt on
// standard error, so the output stays clean), otherwise one line of standard input (scripts,
// tests). nullopt at the end of the input.
class PinPrompt
{
public:
    explicit PinPrompt(FILE *input = stdin, FILE *prompts = stderr);
    std::optional<QString> read(const QString &prompt);

private:
    FILE *m_input;
    FILE *m_prompts;
};

} // namespace Dorfplatz
