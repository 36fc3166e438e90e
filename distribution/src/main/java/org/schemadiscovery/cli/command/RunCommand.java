package org.schemadiscovery.cli.command;

import org.schemadiscovery.cli.security.Redactor;

/** A command whose errors are reported with its {@code --verbose} setting and its secrets masked. */
public interface RunCommand {
    /** Its run options. */
    RunOptions runOptions();

    /** Masks the secrets this run has seen. */
    Redactor redactor();
}
