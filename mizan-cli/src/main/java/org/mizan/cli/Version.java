package org.mizan.cli;

import picocli.CommandLine;

/** The version line: Mizan's version, the Java runtime and the store's schema version. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Mizan.class.getPackage().getImplementationVersion();
        return new String[] {"mizan " + (v == null ? "development build" : v),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
