package dev.blogwright.logic.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FaviconSetTest {
    static byte[] picture(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d4ed8));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theSetHoldsEveryFileInItsSize() throws IOException {
        Map<String, byte[]> files = FaviconSet.make(picture(300, 200));
        assertThat(files).containsOnlyKeys("favicon.ico", "assets/icon-32.png", "assets/icon-192.png",
                "apple-touch-icon.png");
        assertThat(size(files.get("assets/icon-32.png"))).containsExactly(32, 32);
        assertThat(size(files.get("assets/icon-192.png"))).containsExactly(192, 192);
        assertThat(size(files.get("apple-touch-icon.png"))).containsExactly(180, 180);
    }

    @Test
    void theIcoParsesAsThreePngImagesOf16To48Pixels() throws IOException {
        byte[] ico = FaviconSet.make(picture(64, 64)).get("favicon.ico");
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(0)).isZero();
        assertThat(b.getShort(2)).isEqualTo((short) 1);
        int count = b.getShort(4);
        assertThat(count).isEqualTo(3);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(b.get(entry));
            assertThat(Byte.toUnsignedInt(b.get(entry + 1))).isEqualTo(width);
            assertThat(b.getShort(entry + 6)).isEqualTo((short) 32);
            int length = b.getInt(entry + 8);
            int offset = b.getInt(entry + 12);
            byte[] png = Arrays.copyOfRange(ico, offset, offset + length);
            assertThat(size(png)).containsExactly(width, width);
            sizes.add(width);
        }
        assertThat(sizes).containsExactly(16, 32, 48);
    }

    @Test
    void aPictureTooSmallOrNotAPictureIsRefusedInOneLine() throws IOException {
        byte[] tiny = picture(8, 8);
        assertThatThrownBy(() -> FaviconSet.make(tiny)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8x8").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> FaviconSet.make("<svg/>".getBytes()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PNG, JPEG");
    }

    private static int[] size(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return new int[] {image.getWidth(), image.getHeight()};
    }
}
