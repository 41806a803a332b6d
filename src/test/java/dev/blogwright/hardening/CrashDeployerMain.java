package dev.blogwright.hardening;

import dev.blogwright.logic.publish.DeployOptions;
import dev.blogwright.logic.publish.DeployReport;
import dev.blogwright.logic.publish.Deployer;
import dev.blogwright.logic.publish.LocalBundle;
import dev.blogwright.logic.publish.RemoteSite;
import dev.blogwright.logic.publish.RemoteSites;
import dev.blogwright.logic.publish.TargetAccess;
import dev.blogwright.logic.publish.TargetUrl;
import dev.blogwright.logic.publish.file.FileRemoteSiteFactory;
import dev.blogwright.logic.publish.ftp.FtpRemoteSiteFactory;
import dev.blogwright.logic.publish.git.GitRemoteSiteFactory;
import dev.blogwright.logic.publish.s3.S3RemoteSiteFactory;
import dev.blogwright.logic.publish.sftp.SftpRemoteSiteFactory;
import dev.blogwright.logic.publish.ssh.SshConnector;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A child JVM that deploys a bundle to a target until it is killed: {@code BUNDLE URL DELAY_MS [ACCESS…]}, where
 * ACCESS is {@code key=FILE}, {@code sshDir=DIR} (known_hosts of a loopback sshd), {@code s3=ID:SECRET},
 * {@code password=TEXT} (FTP) or {@code gitCache=DIR} (where Git targets keep their cache of the branch). Each file
 * waits DELAY_MS first, as over a slow network, so the parent's kills land among the files rather than after them.
 */
public final class CrashDeployerMain {
    private CrashDeployerMain() {
    }

    public static void main(String[] args) throws Exception {
        LocalBundle bundle = LocalBundle.read(Path.of(args[0]));
        long delay = Long.parseLong(args[2]);
        List<String> access = Arrays.asList(args).subList(3, args.length);
        RemoteSites sites = sites(access);
        try (RemoteSite site = sites.open(TargetUrl.parse(args[1]), access(access))) {
            System.out.println("READY");
            System.out.flush();
            DeployReport report = new Deployer(sites).deploy(bundle, new SlowSite(site, delay),
                    DeployOptions.defaults().withConfirmDeletes(true));
            System.out.println("DEPLOYED " + report.line());
        }
    }

    /**
     * The targets, with the SFTP and Git ones reading the given {@code sshDir=} instead of the user's, and Git keeping
     * its cache in {@code gitCache=}, shared by the parent and its children as by one user's deploys.
     */
    static RemoteSites sites(List<String> access) {
        String sshDir = value(access, "sshDir");
        String gitCache = value(access, "gitCache");
        Path ssh = sshDir == null ? SshConnector.userSshDir() : Path.of(sshDir);
        return new RemoteSites(List.of(new FileRemoteSiteFactory(), new S3RemoteSiteFactory(),
                sshDir == null ? new SftpRemoteSiteFactory() : new SftpRemoteSiteFactory(ssh),
                new FtpRemoteSiteFactory(),
                gitCache == null ? new GitRemoteSiteFactory() : new GitRemoteSiteFactory(Path.of(gitCache), ssh)));
    }

    static TargetAccess access(List<String> access) {
        String key = value(access, "key");
        String s3 = value(access, "s3");
        int colon = s3 == null ? -1 : s3.indexOf(':');
        String password = value(access, "password");
        return new TargetAccess(password == null ? null : password.toCharArray(), key == null ? null : Path.of(key), null,
                colon < 0 ? null : s3.substring(0, colon), colon < 0 ? null : s3.substring(colon + 1));
    }

    private static String value(List<String> access, String name) {
        return access.stream().filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElse(null);
    }
}
