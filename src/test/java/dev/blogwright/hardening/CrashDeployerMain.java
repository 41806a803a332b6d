package dev.blogwright.hardening;

import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.DeployReport;
import dev.blogwright.logic.publish.Deployer;
import dev.blogwright.logic.publish.LocalBundle;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import java.nio.file.Path;

/**
 * A child JVM that deploys a bundle to a target until it is killed: {@code BUNDLE URL DELAY_MS}. Each file waits
 * DELAY_MS first, as over a slow network, so the parent's kills land among the files rather than after them.
 */
public final class CrashDeployerMain {
    private CrashDeployerMain() {
    }

    public static void main(String[] args) throws Exception {
        LocalBundle bundle = LocalBundle.read(Path.of(args[0]));
        long delay = Long.parseLong(args[2]);
        try (RemoteSite site = RemoteSites.standard().open(TargetUrl.parse(args[1]), TargetAccess.NONE)) {
            System.out.println("READY");
            System.out.flush();
            DeployReport report = new Deployer(RemoteSites.standard()).deploy(bundle, new SlowSite(site, delay),
                    DeployOptions.defaults().withConfirmDeletes(true));
            System.out.println("DEPLOYED " + report.line());
        }
    }
}
