package dev.blogwright.app;

/**
 * The version Maven wrote into the jar's manifest; "development" when run from classes. Both front ends show it
 * (the command line's {@code --version}, the app's About box), so it lives here rather than in either of them.
 */
public final class AppVersion {
    private AppVersion() {
    }

    public static String version() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
