# The failed sign-ins, moved here from the home app: home.0006 renamed the table to
# accounts_signinfailure and kept its rows; this takes the model over in the migration
# state and moves its content type, so its permissions and any grant of them keep
# pointing at it.

import django.utils.timezone
from django.db import migrations, models


def move_content_type(apps, schema_editor, old='home', new='accounts'):
    ContentType = apps.get_model('contenttypes', 'ContentType')
    db = schema_editor.connection.alias
    moved = ContentType.objects.using(db).filter(app_label=old, model='signinfailure')
    if not moved.exists():
        return  # a new database: post_migrate creates the content type
    # One a partial run may have created already holds nothing worth keeping.
    ContentType.objects.using(db).filter(app_label=new, model='signinfailure').delete()
    moved.update(app_label=new)


def move_content_type_back(apps, schema_editor):
    move_content_type(apps, schema_editor, old='accounts', new='home')


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0005_signinfailure_to_accounts'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SignInFailure',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('key', models.CharField(db_index=True, max_length=64)),
                        ('at', models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                    ],
                    options={
                        'verbose_name': 'failed sign-in',
                        'verbose_name_plural': 'failed sign-ins',
                    },
                ),
            ],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
