/**
 * What the SFTP and the Git-over-SSH targets share, so both follow one set of rules: which server host keys are
 * trusted (known_hosts, hashed entries too, or the fingerprint the user accepted), which client keys are offered, and
 * how an SSH failure becomes one line for the user. Both run over Apache MINA SSHD.
 */
package dev.blogwright.logic.publish.ssh;
