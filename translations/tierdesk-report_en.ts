<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddItemsCommand</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AnnotationExporter</name>
    <message>
        <source>Captured %1 — %2</source>
        <translation>Captured %1 — %2</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Captured %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 already exists; choose a new file name (an existing file is never overwritten).</translation>
    </message>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>The image could not be encoded as PNG.</translation>
    </message>
</context>
<context>
    <name>ArrowTool</name>
    <message>
        <source>Arrow</source>
        <translation>Arrow</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Capture:</source>
        <translation>Capture:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Take a screenshot of all screens (this window steps aside meanwhile)</source>
        <translation>Take a screenshot of all screens (this window steps aside meanwhile)</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Region…</translation>
    </message>
    <message>
        <source>Freeze the screen and drag a rectangle around the part that shows the problem</source>
        <translation>Freeze the screen and drag a rectangle around the part that shows the problem</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Capture the window that is active when the delay is over; set a delay to switch to it first</source>
        <translation>Capture the window that is active when the delay is over; set a delay to switch to it first</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Delay:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Record steps…</source>
        <translation>Record steps…</translation>
    </message>
    <message>
        <source>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</source>
        <translation>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Paste image</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard (Ctrl+V)</source>
        <translation>Attach the image on the clipboard (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>You can also drop files or images here, or paste a screenshot with Ctrl+V.</source>
        <translation>You can also drop files or images here, or paste a screenshot with Ctrl+V.</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Annotate…</translation>
    </message>
    <message>
        <source>Add arrows, boxes, text and numbers, or black out private details</source>
        <translation>Add arrows, boxes, text and numbers, or black out private details</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Show the image exactly as it will be sent</source>
        <translation>Show the image exactly as it will be sent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Double-click a step to write what you did in it; drag steps to reorder them</source>
        <translation>Double-click a step to write what you did in it; drag steps to reorder them</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>CapitalsHint</name>
    <message>
        <source>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</source>
        <translation>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>Usage: tierdesk-report capture --full|--screen N|--window -o FILE.png [--delay S]

Takes one screenshot and writes it to FILE.png, a new file (an existing file is never
overwritten). No window is opened.

  --full          every screen, as one image
  --screen N      screen N (0 is the first)
  --window        the active window
  -o, --output    the PNG file to create
  --delay S       wait S seconds first (0 to %1)
</source>
        <translation>Usage: tierdesk-report capture --full|--screen N|--window -o FILE.png [--delay S]

Takes one screenshot and writes it to FILE.png, a new file (an existing file is never
overwritten). No window is opened.

  --full          every screen, as one image
  --screen N      screen N (0 is the first)
  --window        the active window
  -o, --output    the PNG file to create
  --delay S       wait S seconds first (0 to %1)
</translation>
    </message>
    <message>
        <source>The active window is outside every screen.</source>
        <translation>The active window is outside every screen.</translation>
    </message>
    <message>
        <source>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</translation>
    </message>
    <message>
        <source>Say what to capture: exactly one of --full, --screen N or --window.</source>
        <translation>Say what to capture: exactly one of --full, --screen N or --window.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Say where to write the screenshot: -o FILE.png.</source>
        <translation>Say where to write the screenshot: -o FILE.png.</translation>
    </message>
    <message>
        <source>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</source>
        <translation>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>--delay takes whole seconds from 0 to %1.</source>
        <translation>--delay takes whole seconds from 0 to %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number: 0 for the first screen.</source>
        <translation>--screen takes a screen number: 0 for the first screen.</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Capturing in %n second…</numerusform>
            <numerusform>Capturing in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>The screen could not be captured.</translation>
    </message>
    <message>
        <source>The screenshot could not be encoded as PNG.</source>
        <translation>The screenshot could not be encoded as PNG.</translation>
    </message>
</context>
<context>
    <name>CaptureFailure</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tierdesk is not allowed to record the screen. Allow screen recording for Tierdesk in the system settings, then try again.</source>
        <translation>Tierdesk is not allowed to record the screen. Allow screen recording for Tierdesk in the system settings, then try again.</translation>
    </message>
    <message>
        <source>This kind of screenshot is not supported here.</source>
        <translation>This kind of screenshot is not supported here.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>The screenshot was cancelled.</translation>
    </message>
    <message>
        <source>The screenshot service did not answer in time.</source>
        <translation>The screenshot service did not answer in time.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>The screen could not be captured.</translation>
    </message>
    <message>
        <source>No screenshot service is available.</source>
        <translation>No screenshot service is available.</translation>
    </message>
</context>
<context>
    <name>CropCommand</name>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Crop (C): drag the area to keep</source>
        <translation>Crop (C): drag the area to keep</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
</context>
<context>
    <name>EllipseTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
</context>
<context>
    <name>HighlighterTool</name>
    <message>
        <source>Highlighter (H): hold Shift for a straight line</source>
        <translation>Highlighter (H): hold Shift for a straight line</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Highlighter</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>must be a number from %1 to %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB or #AARRGGBB</source>
        <translation>must be a colour written as #RRGGBB or #AARRGGBB</translation>
    </message>
    <message>
        <source>must be a list of [x, y] points</source>
        <translation>must be a list of [x, y] points</translation>
    </message>
    <message>
        <source>must hold from %1 to %2 points</source>
        <translation>must hold from %1 to %2 points</translation>
    </message>
    <message>
        <source>holds a point (%1, %2) far outside the image</source>
        <translation>holds a point (%1, %2) far outside the image</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
</context>
<context>
    <name>LineTool</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to support</source>
        <translation>Sign in to support</translation>
    </message>
    <message>
        <source>Sign in with the account your support team gave you.</source>
        <translation>Sign in with the account your support team gave you.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Keep me signed in on this computer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk support</source>
        <translation>Tierdesk support</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</source>
        <translation>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>NewFileWriter</name>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 already exists; choose a new file name (an existing file is never overwritten).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Cannot write in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while saving; it was left as it is.</source>
        <translation>%1 appeared while saving; it was left as it is.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
</context>
<context>
    <name>PenTool</name>
    <message>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
</context>
<context>
    <name>PixelateTool</name>
    <message>
        <source>Pixelate (B): blurs an area into blocks. Weaker than Redact: the rough colours stay visible. For passwords, names and numbers use Redact (X).</source>
        <translation>Pixelate (B): blurs an area into blocks. Weaker than Redact: the rough colours stay visible. For passwords, names and numbers use Redact (X).</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pixelate</translation>
    </message>
</context>
<context>
    <name>PortalResponse</name>
    <message>
        <source>The screenshot service sent no image.</source>
        <translation>The screenshot service sent no image.</translation>
    </message>
    <message>
        <source>The screenshot service sent an unusable address: %1</source>
        <translation>The screenshot service sent an unusable address: %1</translation>
    </message>
    <message>
        <source>The screenshot service refused or ended the request.</source>
        <translation>The screenshot service refused or ended the request.</translation>
    </message>
    <message>
        <source>The screenshot service answered with code %1.</source>
        <translation>The screenshot service answered with code %1.</translation>
    </message>
    <message>
        <source>The screenshot from the screenshot service cannot be read: %1</source>
        <translation>The screenshot from the screenshot service cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>ProblemAttachmentsPage</name>
    <message>
        <source>Show it</source>
        <translation>Show it</translation>
    </message>
    <message>
        <source>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</source>
        <translation>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</translation>
    </message>
</context>
<context>
    <name>ProblemDescriptionPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>What went wrong?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</source>
        <translation>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>One line, e.g. &quot;Invoice export stops with an error&quot;</source>
        <translation>One line, e.g. &quot;Invoice export stops with an error&quot;</translation>
    </message>
    <message>
        <source>What did you &amp;do?</source>
        <translation>What did you &amp;do?</translation>
    </message>
    <message>
        <source>The steps in order: I opened…, I clicked…</source>
        <translation>The steps in order: I opened…, I clicked…</translation>
    </message>
    <message>
        <source>What did you &amp;expect?</source>
        <translation>What did you &amp;expect?</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>What should have happened</translation>
    </message>
    <message>
        <source>What &amp;happened instead?</source>
        <translation>What &amp;happened instead?</translation>
    </message>
    <message>
        <source>What you saw instead (required)</source>
        <translation>What you saw instead (required)</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsPage</name>
    <message>
        <source>The error and the time</source>
        <translation>The error and the time</translation>
    </message>
    <message>
        <source>The exact message and the time let support find your problem in the logs.</source>
        <translation>The exact message and the time let support find your problem in the logs.</translation>
    </message>
    <message>
        <source>The exact &amp;error message or code:</source>
        <translation>The exact &amp;error message or code:</translation>
    </message>
    <message>
        <source>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</source>
        <translation>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;When did it happen?</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Just now</translation>
    </message>
    <message>
        <source>How &amp;bad is it?</source>
        <translation>How &amp;bad is it?</translation>
    </message>
    <message>
        <source>Support answers in order of severity and your account&apos;s priority.</source>
        <translation>Support answers in order of severity and your account&apos;s priority.</translation>
    </message>
</context>
<context>
    <name>ProblemDraft</name>
    <message>
        <source>What I did:</source>
        <translation>What I did:</translation>
    </message>
    <message>
        <source>What I expected:</source>
        <translation>What I expected:</translation>
    </message>
    <message>
        <source>What happened instead:</source>
        <translation>What happened instead:</translation>
    </message>
    <message>
        <source>The exact error message:</source>
        <translation>The exact error message:</translation>
    </message>
    <message>
        <source>When it happened: %1</source>
        <translation>When it happened: %1</translation>
    </message>
    <message>
        <source>Another report of this problem: %1</source>
        <translation>Another report of this problem: %1</translation>
    </message>
</context>
<context>
    <name>ProblemReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Check and send</translation>
    </message>
    <message>
        <source>This is what support will receive.</source>
        <translation>This is what support will receive.</translation>
    </message>
    <message>
        <source>A known problem may be the cause</source>
        <translation>A known problem may be the cause</translation>
    </message>
    <message>
        <source>Link my report to this known problem, so that I hear when it is fixed</source>
        <translation>Link my report to this known problem, so that I hear when it is fixed</translation>
    </message>
    <message>
        <source>You may have reported this already</source>
        <translation>You may have reported this already</translation>
    </message>
    <message>
        <source>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</source>
        <translation>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</translation>
    </message>
    <message>
        <source>Add my report to the selected ticket</source>
        <translation>Add my report to the selected ticket</translation>
    </message>
    <message>
        <source>It is a different problem: open a new ticket</source>
        <translation>It is a different problem: open a new ticket</translation>
    </message>
</context>
<context>
    <name>RectangleTool</name>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
</context>
<context>
    <name>RedactTool</name>
    <message>
        <source>Redact (X): a solid box; the pixels under it are removed from the saved image</source>
        <translation>Redact (X): a solid box; the pixels under it are removed from the saved image</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Redact</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ResizeItemCommand</name>
    <message>
        <source>Resize</source>
        <translation>Resize</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add</source>
        <translation>Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
</context>
<context>
    <name>SetColorCommand</name>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
</context>
<context>
    <name>SetLineWidthCommand</name>
    <message>
        <source>Change width</source>
        <translation>Change width</translation>
    </message>
</context>
<context>
    <name>StepMarkerTool</name>
    <message>
        <source>Step number</source>
        <translation>Step number</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>TicketStatusText</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Being worked on</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Waiting for your answer</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>With a specialist</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Your reply:</translation>
    </message>
    <message>
        <source>Answer support, or add what you found out since</source>
        <translation>Answer support, or add what you found out since</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>Screenshots and files</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
</context>
<context>
    <name>X11WindowLocator</name>
    <message>
        <source>The active window can only be found on an X11 desktop.</source>
        <translation>The active window can only be found on an X11 desktop.</translation>
    </message>
    <message>
        <source>No window is active; click the window to capture first.</source>
        <translation>No window is active; click the window to capture first.</translation>
    </message>
    <message>
        <source>The active window is not on the screen.</source>
        <translation>The active window is not on the screen.</translation>
    </message>
    <message>
        <source>The X server did not say where the active window is.</source>
        <translation>The X server did not say where the active window is.</translation>
    </message>
    <message>
        <source>This build cannot find the active window of other programs (it was built without xcb).</source>
        <translation>This build cannot find the active window of other programs (it was built without xcb).</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotateDialog</name>
    <message>
        <source>Mark the screenshot</source>
        <translation>Mark the screenshot</translation>
    </message>
    <message>
        <source>Use these marks</source>
        <translation>Use these marks</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationDocument</name>
    <message>
        <source>the image is not valid base64</source>
        <translation>the image is not valid base64</translation>
    </message>
    <message>
        <source>the image is not a PNG</source>
        <translation>the image is not a PNG</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the document says %3×%4</source>
        <translation>the image is %1×%2 pixels but the document says %3×%4</translation>
    </message>
    <message>
        <source>the image cannot be decoded: %1</source>
        <translation>the image cannot be decoded: %1</translation>
    </message>
    <message>
        <source>The annotation file is larger than %1 MB.</source>
        <translation>The annotation file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The annotation file is not valid JSON (%1 at byte %2).</source>
        <translation>The annotation file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The annotation file does not hold a JSON object.</source>
        <translation>The annotation file does not hold a JSON object.</translation>
    </message>
    <message>
        <source>This is not a usable annotation document: %1</source>
        <translation>This is not a usable annotation document: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (%2)</source>
        <translation>is %1, newer than this program understands (%2)</translation>
    </message>
    <message>
        <source>&quot;capturedAt&quot; is not an ISO 8601 time</source>
        <translation>&quot;capturedAt&quot; is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>%1×%2 pixels is larger than this program opens</source>
        <translation>%1×%2 pixels is larger than this program opens</translation>
    </message>
    <message>
        <source>the crop rectangle leaves the image</source>
        <translation>the crop rectangle leaves the image</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list</source>
        <translation>&quot;items&quot; must be a list</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>more than %1 items</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 is not an object</translation>
    </message>
    <message>
        <source>%1 has the unknown type &quot;%2&quot;</source>
        <translation>%1 has the unknown type &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationEditor</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Other colour…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width (text, marker and block size grow with it)</source>
        <translation>Line width (text, marker and block size grow with it)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Caption under the image (optional)</source>
        <translation>Caption under the image (optional)</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Time stamp</translation>
    </message>
    <message>
        <source>Write the capture time under the image</source>
        <translation>Write the capture time under the image</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an annotation document.</source>
        <translation>%1 is too large to be an annotation document.</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <translation>Screenshot %1.png</translation>
    </message>
    <message>
        <source>Save annotated screenshot</source>
        <translation>Save annotated screenshot</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Capturing in %n second…</numerusform>
            <numerusform>Capturing in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Region added: %1 × %2 pixels.</source>
        <translation>Region added: %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>No region was chosen.</source>
        <translation>No region was chosen.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part to keep; Esc cancels.</source>
        <translation>Drag a rectangle around the part to keep; Esc cancels.</translation>
    </message>
    <message>
        <source>Screenshot added: %1 × %2 pixels.</source>
        <translation>Screenshot added: %1 × %2 pixels.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded. Double-click a step to describe it.</source>
        <translation>
            <numerusform>%n step recorded. Double-click a step to describe it.</numerusform>
            <numerusform>%n steps recorded. Double-click a step to describe it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>The clipboard holds no image or file.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pasted.</source>
        <translation>
            <numerusform>%n item pasted.</numerusform>
            <numerusform>%n items pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n item added.</numerusform>
            <numerusform>%n items added.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are kept with the screenshot.</source>
        <translation>The marks are kept with the screenshot.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Another screenshot is still being taken.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Another screenshot is still being taken.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ImagePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://support.example.com.</source>
        <translation>Enter the server&apos;s address, e.g. https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Enter your login and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No keychain</translation>
    </message>
    <message>
        <source>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</source>
        <translation>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MacScreenBackend</name>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, allow Tierdesk and restart it.</source>
        <translation>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, allow Tierdesk and restart it.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>The server did not accept a change: %1</source>
        <translation>The server did not accept a change: %1</translation>
    </message>
    <message>
        <source>A report could not be sent: %1</source>
        <translation>A report could not be sent: %1</translation>
    </message>
    <message>
        <source>Offline: what you write is kept and sent later</source>
        <translation>Offline: what you write is kept and sent later</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Tierdesk support — %1</source>
        <translation>Tierdesk support — %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::NewProblemWizard</name>
    <message>
        <source>You are not signed in.</source>
        <translation>You are not signed in.</translation>
    </message>
    <message>
        <source>This may be part of the known problem &quot;%1&quot;.</source>
        <translation>This may be part of the known problem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tierdesk::PortalBackend</name>
    <message>
        <source>The screenshot portal only captures the whole desktop.</source>
        <translation>The screenshot portal only captures the whole desktop.</translation>
    </message>
    <message>
        <source>There is no session bus.</source>
        <translation>There is no session bus.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemDetailsPage</name>
    <message>
        <source>Critical: work has stopped for many people</source>
        <translation>Critical: work has stopped for many people</translation>
    </message>
    <message>
        <source>High: I cannot work and there is no way around it</source>
        <translation>High: I cannot work and there is no way around it</translation>
    </message>
    <message>
        <source>Normal: something does not work, but I can carry on</source>
        <translation>Normal: something does not work, but I can carry on</translation>
    </message>
    <message>
        <source>Low: a question or a small annoyance</source>
        <translation>Low: a question or a small annoyance</translation>
    </message>
    <message>
        <source>Error codes found: %1</source>
        <translation>Error codes found: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemReviewPage</name>
    <message>
        <source>Support already knows about this problem and is working on it:
%1
%2</source>
        <translation>Support already knows about this problem and is working on it:
%1
%2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(not sent yet)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Same error code: %1</source>
        <translation>Same error code: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Error codes: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Attachments: %1</translation>
    </message>
    <message>
        <source>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</translation>
    </message>
</context>
<context>
    <name>tierdesk::QtScreenBackend</name>
    <message>
        <source>There is no screen to capture.</source>
        <translation>There is no screen to capture.</translation>
    </message>
    <message numerus="yes">
        <source>There is no screen %1; this computer has %n screen(s).</source>
        <translation>
            <numerusform>There is no screen %1; this computer has %n screen.</numerusform>
            <numerusform>There is no screen %1; this computer has %n screens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</source>
        <translation>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>The window system returned no image for screen %1.</translation>
    </message>
    <message>
        <source>The area to capture is empty.</source>
        <translation>The area to capture is empty.</translation>
    </message>
    <message>
        <source>The area to capture is outside every screen.</source>
        <translation>The area to capture is outside every screen.</translation>
    </message>
</context>
<context>
    <name>tierdesk::RegionPickerView</name>
    <message>
        <source>Select an area</source>
        <translation>Select an area</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Drag to select an area. Enter or double-click accepts, arrow keys move the selection, Esc cancels.</source>
        <translation>Drag to select an area. Enter or double-click accepts, arrow keys move the selection, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReportAttachments</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, annotated</source>
        <translation>%1 × %2 pixels, annotated</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Screenshot %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2; attach a smaller file or a part of it.</source>
        <translation>%1 is larger than %2; attach a smaller file or a part of it.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Pasted image %1</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>The pasted image could not be read.</translation>
    </message>
    <message>
        <source>%1 could not be encoded as PNG.</source>
        <translation>%1 could not be encoded as PNG.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read: %2</source>
        <translation>The annotations of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the screenshots: %1</source>
        <translation>No temporary folder for the screenshots: %1</translation>
    </message>
    <message>
        <source>Steps (attached as %1 to %2):</source>
        <translation>Steps (attached as %1 to %2):</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Step %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Step %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterApplication</name>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</source>
        <translation>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterSession</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>The server cannot be reached: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a few minutes and try again.</source>
        <translation>Too many failed attempts; wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>This is a support staff account; please use the Tierdesk workstation.</source>
        <translation>This is a support staff account; please use the Tierdesk workstation.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SendQueue</name>
    <message>
        <source>Cannot create the folder %1 for the files to send.</source>
        <translation>Cannot create the folder %1 for the files to send.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for sending: %2</source>
        <translation>Cannot keep %1 for sending: %2</translation>
    </message>
    <message>
        <source>Cannot keep the report for sending: %1</source>
        <translation>Cannot keep the report for sending: %1</translation>
    </message>
    <message>
        <source>The file %1 kept for sending is gone: %2</source>
        <translation>The file %1 kept for sending is gone: %2</translation>
    </message>
    <message>
        <source>The file %1 kept for sending was changed on disk; it is not sent.</source>
        <translation>The file %1 kept for sending was changed on disk; it is not sent.</translation>
    </message>
    <message>
        <source>The server did not take %1: %2</source>
        <translation>The server did not take %1: %2</translation>
    </message>
    <message>
        <source>The ticket this reply belongs to could not be created, so the reply was not sent.</source>
        <translation>The ticket this reply belongs to could not be created, so the reply was not sent.</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Captured at %1</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Add step %1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Delete step %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Delete %n step</numerusform>
            <numerusform>Delete %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Move step %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Move %n step</numerusform>
            <numerusform>Move %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the caption of step %1</source>
        <translation>Edit the caption of step %1</translation>
    </message>
    <message>
        <source>Annotate step %1</source>
        <translation>Annotate step %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepsRecorderBar</name>
    <message>
        <source>Another screenshot is being taken.</source>
        <translation>Another screenshot is being taken.</translation>
    </message>
    <message>
        <source>Steps recorder</source>
        <translation>Steps recorder</translation>
    </message>
    <message>
        <source>Capture step</source>
        <translation>Capture step</translation>
    </message>
    <message>
        <source>Hide this bar, take a screenshot of the screen and add it as the next step</source>
        <translation>Hide this bar, take a screenshot of the screen and add it as the next step</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Stop recording and review the steps (Esc)</source>
        <translation>Stop recording and review the steps (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Sending files: %1 of %2</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>The problem is back: support will look at it again</source>
        <translation>The problem is back: support will look at it again</translation>
    </message>
    <message>
        <source>The problem is solved or no longer matters</source>
        <translation>The problem is solved or no longer matters</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>not sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>uploading %1 of %n file(s)</source>
        <translation>
            <numerusform>uploading %1 of %n file</numerusform>
            <numerusform>uploading %1 of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket is open.</source>
        <translation>No ticket is open.</translation>
    </message>
    <message>
        <source>Write a reply or attach a screenshot first.</source>
        <translation>Write a reply or attach a screenshot first.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>You are offline; the reply is sent when the server is back.</source>
        <translation>You are offline; the reply is sent when the server is back.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Reply sent.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
</context>
</TS>
