package dev.blogwright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ThemeOptionsTest {
    @Test
    void theDefaultsAreDefault() {
        assertThat(ThemeOptions.defaults().isDefault()).isTrue();
        assertThat(new ThemeOptions(null, " ", null, "", null, null, null, null).isDefault()).isTrue();
    }

    /** isDefault is written out field by field: a field added to the record and forgotten there fails here. */
    @Test
    void anyOneFieldSetIsNotDefault() throws ReflectiveOperationException {
        RecordComponent[] components = ThemeOptions.class.getRecordComponents();
        Constructor<ThemeOptions> canonical = ThemeOptions.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        ThemeOptions defaults = ThemeOptions.defaults();
        for (int changed = 0; changed < components.length; changed++) {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(defaults);
                values[i] = i == changed ? other(components[i].getType(), value) : value;
            }
            ThemeOptions options = canonical.newInstance(values);
            assertThat(options.isDefault()).as(components[changed].getName()).isFalse();
            assertThat(options).isNotEqualTo(defaults);
        }
    }

    private static Object other(Class<?> type, Object value) {
        if (type == String.class) {
            return "#abcdef";
        }
        Object[] constants = type.getEnumConstants();
        return constants[0] == value ? constants[1] : constants[0];
    }
}
