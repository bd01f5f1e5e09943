package io.github.datadogsnapshot.client.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void shouldWriteBytesBelowOneKibAndKibWithOneDecimalAbove() {
        assertThat(Sizes.format(0)).isEqualTo("0 B");
        assertThat(Sizes.format(1023)).isEqualTo("1023 B");
        assertThat(Sizes.format(1024)).isEqualTo("1.0 KiB");
        assertThat(Sizes.format(20_580)).isEqualTo("20.1 KiB");
        assertThat(Sizes.format(10 * 1024 * 1024)).isEqualTo("10240.0 KiB");
    }
}
