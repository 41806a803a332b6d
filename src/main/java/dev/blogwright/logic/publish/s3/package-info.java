/**
 * The S3-compatible target ({@code s3://bucket/prefix?endpoint=URL&region=R&path-style=true}): AWS S3, Cloudflare
 * R2, MinIO, DigitalOcean Spaces, Backblaze B2. The calls go over the JDK's {@code HttpURLConnection}, signed by
 * {@link SigV4} ({@link S3Http}); the AWS SDK for Java v2 finds keys and region in the {@code ~/.aws} profile.
 */
package dev.blogwright.logic.publish.s3;
