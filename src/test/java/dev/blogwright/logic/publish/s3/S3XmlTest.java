package dev.blogwright.logic.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The error and listing bodies S3 sends, including what a proxy in front of it may send instead. */
class S3XmlTest {
    @Test
    void anErrorGivesItsCodeAndMessage() {
        S3Xml.Error e = S3Xml.error(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                + "<Message>The specified key does not exist.</Message><Key>a &amp; b</Key></Error>"));
        assertThat(e.code()).isEqualTo("NoSuchKey");
        assertThat(e.message()).isEqualTo("The specified key does not exist.");
    }

    @Test
    void aBodyThatIsNoXmlOrEmptyGivesNoCode() {
        assertThat(S3Xml.error(bytes("<html><body>502 Bad Gateway")).code()).isNull();
        assertThat(S3Xml.error(new byte[0])).isEqualTo(new S3Xml.Error(null, null));
    }

    @Test
    void aDoctypeIsNotFollowed() {
        S3Xml.Error e = S3Xml.error(bytes("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><Error><Code>&x;</Code></Error>"));
        assertThat(String.valueOf(e.code())).doesNotContain("root:");
    }

    @Test
    void aListingPageGivesItsObjectsAndTheNextToken() throws Exception {
        S3Xml.Page page = S3Xml.listPage(bytes("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>site</Name><Prefix>blog/</Prefix><KeyCount>2</KeyCount><IsTruncated>true</IsTruncated>"
                + "<Contents><Key>blog/a &amp; b.html</Key><Size>12</Size><ETag>&quot;0cc175b9c0f1b6a831c399e269772661"
                + "&quot;</ETag><Owner><ID>x</ID></Owner></Contents>"
                + "<Contents><Key>blog/img.png</Key><ETag>\"abc-2\"</ETag><Size>3000</Size></Contents>"
                + "<NextContinuationToken>tok/en=</NextContinuationToken></ListBucketResult>"));
        assertThat(page.entries()).containsExactly(
                new S3Xml.Entry("blog/a & b.html", 12, "\"0cc175b9c0f1b6a831c399e269772661\""),
                new S3Xml.Entry("blog/img.png", 3000, "\"abc-2\""));
        assertThat(page.next()).isEqualTo("tok/en=");
    }

    @Test
    void theLastPageHasNoNextToken() throws Exception {
        S3Xml.Page page = S3Xml.listPage(bytes("<ListBucketResult><IsTruncated>false</IsTruncated>"
                + "<NextContinuationToken>stale</NextContinuationToken></ListBucketResult>"));
        assertThat(page.entries()).isEmpty();
        assertThat(page.next()).isNull();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
