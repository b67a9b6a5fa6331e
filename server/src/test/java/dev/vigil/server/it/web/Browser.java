package dev.vigil.server.it.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (never a downloaded one), with a
 * counter of the taps and keystrokes a test spends, so a test can hold the page to a budget.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;
    private int interactions;
    private int width;
    private int height;

    public Browser(String base, int width, int height) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--lang=en-US", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("vigil-chrome"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        resize(width, height);
    }

    public WebDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Opens a page and waits until its script has built it. */
    public void load(String path) {
        open(path);
        waitReady();
    }

    public void waitReady() {
        waitUntil(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body && document.body.dataset.ready")));
    }

    /**
     * The page's viewport, emulated by Chromium (a desktop window cannot be narrower than about 500
     * pixels): a phone when narrower than 600 pixels.
     */
    public void resize(int width, int height) {
        this.width = width;
        this.height = height;
        emulate(height);
    }

    private void emulate(int viewportHeight) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", viewportHeight,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Waits up to 20 seconds; a timeout names the page and what its messages said. */
    public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            Object said = script("return [...document.querySelectorAll('.errors, [role=status], [role=alert]')]"
                    + ".map(e => e.innerText).join(' | ')");
            throw new AssertionError("timed out on " + driver.getCurrentUrl() + "; the page said: " + said, e);
        }
    }

    public WebElement find(String css) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** An element's class and text read in one step, so a page that rebuilds itself meanwhile does no harm. */
    public String classOf(String css) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); return e ? e.className : ''", css));
    }

    public String textOf(String css) {
        return String.valueOf(script("const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** A tap, counted. */
    public void tap(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        interactions++;
    }

    public void tap(String css) {
        tap(find(css));
    }

    /** Typing that the budget leaves out (the room number): not counted. */
    public void typeUncounted(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Typing, each key counted. */
    public void type(String css, String text) {
        find(css).sendKeys(text);
        interactions += text.length();
    }

    public void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int interactions() {
        return interactions;
    }

    public void resetInteractions() {
        interactions = 0;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Chromium's network emulation through chromedriver: offline or back online. */
    public void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Downloads go to this directory, without asking. */
    public void downloadTo(Path directory) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", directory.toAbsolutePath().toString()));
    }

    public void signIn(String user, String password) {
        load("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#sign-in").click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        waitReady();
    }

    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Saves a screenshot of the page as PNG, at most {@code maxHeight} pixels of it from the top. */
    public Path screenshot(Path file, int maxHeight) {
        try {
            Files.createDirectories(file.getParent());
            script("window.scrollTo(0, 0)");
            Number content = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            emulate(Math.max(height, Math.min(maxHeight, content.intValue())));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            emulate(height);
            return Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
