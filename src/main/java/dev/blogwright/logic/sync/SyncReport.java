package dev.blogwright.logic.sync;

/** What one sync did: files taken from the remote, files the remote got from here, new conflict versions. */
public record SyncReport(int pulled, int pushed, int conflicts, String commit) {
    /** The one-line summary the command line and the app show. */
    public String summary() {
        return "pulled " + pulled + ", pushed " + pushed + ", conflicts " + conflicts;
    }
}
