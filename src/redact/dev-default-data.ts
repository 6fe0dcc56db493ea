// Credentials a server ships with, as its own documentation prints them: the variable that sets each and the
// default value. Only values anyone can read in the vendor's docs belong here.
export const DOCUMENTED_DEFAULTS: Record<string, string> = {
  // MinIO: "minioadmin:minioadmin" (MINIO_ROOT_USER / MINIO_ROOT_PASSWORD, formerly MINIO_ACCESS_KEY / MINIO_SECRET_KEY).
  MINIO_ROOT_USER: "minioadmin",
  MINIO_ROOT_PASSWORD: "minioadmin",
  MINIO_ACCESS_KEY: "minioadmin",
  MINIO_SECRET_KEY: "minioadmin",
};
