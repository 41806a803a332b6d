/**
 * The S3-compatible target ({@code s3://bucket/prefix?endpoint=URL&region=R&path-style=true}): AWS S3, Cloudflare
 * R2, MinIO, DigitalOcean Spaces, Backblaze B2, through the AWS SDK for Java v2.
 */
package dev.blogwright.logic.publish.s3;
