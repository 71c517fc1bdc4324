// Tableside Server as a Windows service: a small service host registered with the Service
// Control Manager (SCM) as "TablesideServer" by the installer (sc.exe create). It runs
//   tableside-server.exe --data-dir %ProgramData%\Tableside --config
//   %ProgramData%\Tableside\server.conf
// from its own folder, appends the server's output to %ProgramData%\Tableside\server.log, asks it
// to stop with Ctrl+C (then terminates it after 20 s), and reports a server that died as a
// service failure so the SCM's recovery actions restart it.
//
// Plain Win32, no Qt: the server itself stays an ordinary console program that also runs by
// hand. Built only on Windows (packaging/windows/windows.cmake).

#ifndef UNICODE
#define UNICODE
#endif
#include <windows.h>

#include <cstdio>
#include <string>

namespace {

const wchar_t kServiceName[] = L"TablesideServer";
const DWORD kStopTimeoutMs = 20000;

SERVICE_STATUS_HANDLE g_statusHandle = nullptr;
SERVICE_STATUS g_status = {};
HANDLE g_stopEvent = nullptr;

void reportStatus(DWORD state, DWORD exitCode = NO_ERROR, DWORD waitHintMs = 0)
{
    static DWORD checkPoint = 1;
    g_status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    g_status.dwCurrentState = state;
    g_status.dwControlsAccepted
        = state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN : 0;
    // A server that exited on its own is a failure: the SCM's recovery actions restart it.
    g_status.dwWin32ExitCode = exitCode == NO_ERROR ? NO_ERROR : ERROR_SERVICE_SPECIFIC_ERROR;
    g_status.dwServiceSpecificExitCode = exitCode;
    g_status.dwWaitHint = waitHintMs;
    g_status.dwCheckPoint
        = (state == SERVICE_RUNNING || state == SERVICE_STOPPED) ? 0 : checkPoint++;
    SetServiceStatus(g_statusHandle, &g_status);
}

DWORD WINAPI controlHandler(DWORD control, DWORD, void *, void *)
{
    if (control == SERVICE_CONTROL_STOP || control == SERVICE_CONTROL_SHUTDOWN) {
        reportStatus(SERVICE_STOP_PENDING, NO_ERROR, kStopTimeoutMs + 5000);
        SetEvent(g_stopEvent);
        return NO_ERROR;
    }
    return control == SERVICE_CONTROL_INTERROGATE ? NO_ERROR : ERROR_CALL_NOT_IMPLEMENTED;
}

std::wstring ownFolder()
{
    wchar_t path[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring folder(path, length);
    return folder.substr(0, folder.find_last_of(L'\\'));
}

std::wstring dataFolder()
{
    wchar_t programData[MAX_PATH];
    const DWORD length = GetEnvironmentVariableW(L"ProgramData", programData, MAX_PATH);
    std::wstring base = (length > 0 && length < MAX_PATH) ? std::wstring(programData, length)
                                                          : std::wstring(L"C:\\ProgramData");
    return base + L"\\Tableside";
}

void WINAPI serviceMain(DWORD, wchar_t **)
{
    g_statusHandle = RegisterServiceCtrlHandlerExW(kServiceName, controlHandler, nullptr);
    if (!g_statusHandle)
        return;
    reportStatus(SERVICE_START_PENDING, NO_ERROR, 10000);
    g_stopEvent = CreateEventW(nullptr, TRUE, FALSE, nullptr);

    const std::wstring data = dataFolder();
    CreateDirectoryW(data.c_str(), nullptr);

    // The server's stdout/stderr (first-start PIN, listening line, log) go to server.log.
    SECURITY_ATTRIBUTES inherit = {sizeof(inherit), nullptr, TRUE};
    const std::wstring logPath = data + L"\\server.log";
    HANDLE log = CreateFileW(logPath.c_str(), FILE_APPEND_DATA, FILE_SHARE_READ | FILE_SHARE_WRITE,
                             &inherit, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);

    // A (hidden) console shared with the child is what lets us send it Ctrl+C later.
    AllocConsole();

    std::wstring commandLine = L"\"" + ownFolder() + L"\\tableside-server.exe\" --data-dir \""
        + data + L"\" --config \"" + data + L"\\server.conf\"";
    STARTUPINFOW startup = {};
    startup.cb = sizeof(startup);
    startup.dwFlags = STARTF_USESTDHANDLES | STARTF_USESHOWWINDOW;
    startup.wShowWindow = SW_HIDE;
    startup.hStdInput = nullptr;
    startup.hStdOutput = log;
    startup.hStdError = log;
    PROCESS_INFORMATION process = {};
    if (!CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr,
                        data.c_str(), &startup, &process)) {
        const DWORD error = GetLastError();
        if (log != INVALID_HANDLE_VALUE)
            CloseHandle(log);
        reportStatus(SERVICE_STOPPED, error ? error : 1);
        return;
    }
    CloseHandle(process.hThread);
    reportStatus(SERVICE_RUNNING);

    HANDLE waitOn[2] = {g_stopEvent, process.hProcess};
    const DWORD which = WaitForMultipleObjects(2, waitOn, FALSE, INFINITE);
    DWORD exitCode = NO_ERROR;
    if (which == WAIT_OBJECT_0) {
        // Asked to stop: Ctrl+C lets the server close its sockets and database cleanly; SQLite
        // commits are durable, so terminating it after the timeout loses no order either.
        // Ignoring Ctrl+C is inherited, so this process starts ignoring it only now.
        SetConsoleCtrlHandler(nullptr, TRUE);
        GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0);
        if (WaitForSingleObject(process.hProcess, kStopTimeoutMs) != WAIT_OBJECT_0)
            TerminateProcess(process.hProcess, 1);
    } else {
        GetExitCodeProcess(process.hProcess, &exitCode);
        if (exitCode == NO_ERROR)
            exitCode = 1; // the server never stops by itself with success
    }
    CloseHandle(process.hProcess);
    if (log != INVALID_HANDLE_VALUE)
        CloseHandle(log);
    reportStatus(SERVICE_STOPPED, exitCode);
}

} // namespace

int wmain()
{
    SERVICE_TABLE_ENTRYW table[]
        = {{const_cast<wchar_t *>(kServiceName), serviceMain}, {nullptr, nullptr}};
    if (!StartServiceCtrlDispatcherW(table)) {
        if (GetLastError() == ERROR_FAILED_SERVICE_CONTROLLER_CONNECT) {
            fwprintf(stderr,
                     L"tableside-service runs Tableside Server as the Windows service \"%ls\".\n"
                     L"It is registered by the installer; start it with \"sc start %ls\".\n"
                     L"To run the server by hand instead, start tableside-server.exe.\n",
                     kServiceName, kServiceName);
            return 2;
        }
        return 1;
    }
    return 0;
}
