package playground.client.ui;

import playground.picture.Palette;

/** The colours to paint with now (theme and colour-blind choice together), and word when they change. */
public interface PaletteSource {
    Palette palette();

    void onChange(Runnable listener);
}
