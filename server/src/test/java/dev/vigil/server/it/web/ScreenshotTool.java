package dev.vigil.server.it.web;

import java.nio.file.Path;

/** Looks at a running server's pages by hand: {@code ScreenshotTool <base> <out-dir> <user> <path>...}. */
public final class ScreenshotTool {

    private ScreenshotTool() {
    }

    public static void main(String[] args) {
        try (Browser browser = new Browser(args[0], Integer.parseInt(System.getProperty("width", "360")), 800)) {
            browser.signIn(args[2], args[2] + "-demo");
            browser.resize(Integer.parseInt(System.getProperty("width", "360")), 800);
            for (int i = 3; i < args.length; i++) {
                browser.load(args[i]);
                Path file = Path.of(args[1], "shot-" + i + ".png");
                browser.screenshot(file, Integer.parseInt(System.getProperty("height", "900")));
                System.out.println(file);
            }
        }
    }
}
